using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Soleus.Web.Tests.Pages;

/// <summary>
/// Uses the pages the way a browser without JavaScript does: reads the HTML, fills in a form from what it holds
/// (hidden fields and the antiforgery token included), and sends it. Redirects are followed by hand, so a test can
/// also look at each answer on the way.
/// </summary>
internal sealed class Browser(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    /// <summary>The page at the path, which must answer 200.</summary>
    public async Task<IHtmlDocument> Open(string path)
    {
        var response = await Client.GetAsync(path);
        return await Page(response, path);
    }

    /// <summary>The answer's HTML after following its redirects; the last answer must be 200.</summary>
    public async Task<IHtmlDocument> Page(HttpResponseMessage response, string path)
    {
        for (var hops = 0; IsRedirect(response.StatusCode) && hops < 5; hops++)
        {
            path = response.Headers.Location!.ToString();
            response = await Client.GetAsync(path);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 400)]}");
        var document = Parser.ParseDocument(html);
        document.Location.Href = "http://localhost" + path;
        return document;
    }

    /// <summary>Sends the form with its current values changed by <paramref name="change"/>, without following a redirect.</summary>
    public Task<HttpResponseMessage> Send(IHtmlFormElement form, Action<FormFields>? change = null)
    {
        var fields = FormFields.Of(form);
        change?.Invoke(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } set ? set : new Uri(form.Owner!.Location.Href).PathAndQuery;
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join('&', fields.Pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
            return Client.GetAsync($"{action.Split('?')[0]}?{query}");
        }

        return Client.PostAsync(action, new FormUrlEncodedContent(fields.Pairs));
    }

    /// <summary>Sends the form and returns the page it leads to.</summary>
    public async Task<IHtmlDocument> Submit(IHtmlFormElement form, Action<FormFields>? change = null)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } set ? set : new Uri(form.Owner!.Location.Href).PathAndQuery;
        return await Page(await Send(form, change), action);
    }

    /// <summary>The form that holds a control named <paramref name="field"/>.</summary>
    public static IHtmlFormElement FormWith(IDocument page, string field) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector($"[name='{field}']") is not null);

    /// <summary>The form whose submit button says <paramref name="button"/>.</summary>
    public static IHtmlFormElement FormByButton(IDocument page, string button) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelectorAll("button").Any(b => b.TextContent.Trim() == button));

    private static bool IsRedirect(HttpStatusCode code) => code is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb;
}
