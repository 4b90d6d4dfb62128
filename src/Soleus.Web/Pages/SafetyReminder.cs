using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>
/// The one-line reminder in every page's footer, made of sentences the method's data already holds: the safety note
/// to stop and get help when a calf becomes swollen, red or warm, and the sentence that says to call the emergency
/// number for breathlessness or chest pain. Soleus writes no medical sentence of its own here.
/// </summary>
public static class SafetyReminder
{
    public static string Line(Protocol protocol, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var swelling = protocol.Steps.SelectMany(s => s.SafetyNotes)
            .FirstOrDefault(n => n.Contains("swollen", StringComparison.OrdinalIgnoreCase) && n.Contains("stop", StringComparison.OrdinalIgnoreCase))
            ?? Sentences(protocol.DvtWarning).Skip(1).First();
        var breath = Sentences(questionnaire.Advice(Verdict.SeekCare).Text)
            .FirstOrDefault(s => s.Contains("short of breath", StringComparison.OrdinalIgnoreCase));
        return breath is null ? swelling : $"{swelling} {questionnaire.Render(breath)}";
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.EndsWith('.') ? s : s + ".");
}
