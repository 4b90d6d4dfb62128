using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>
/// A safety text as a page shows it: its placeholders filled in by the questionnaire, and every mention of the
/// emergency number a tap-to-call link, so the clot instruction can be followed from the phone it is read on.
/// </summary>
public static class EmergencyText
{
    /// <summary>The questionnaire's (or the protocol's) text, rendered, with the emergency number linked.</summary>
    public static IHtmlContent Of(Questionnaire questionnaire, string text)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return Linked(questionnaire.Render(text), questionnaire.Emergency.Number);
    }

    /// <summary>A rendered text with each whole mention of <paramref name="number"/> (digits only) linked.</summary>
    public static IHtmlContent Linked(string text, string number)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(number);
        var html = new HtmlContentBuilder();
        var parts = Regex.Split(text, $"(?<![0-9])({Regex.Escape(number)})(?![0-9])");
        for (var i = 0; i < parts.Length; i++)
        {
            _ = i % 2 == 0 ? html.Append(parts[i]) : html.AppendHtml($"<a class=\"call-link\" href=\"tel:{number}\">{number}</a>");
        }

        return html;
    }
}
