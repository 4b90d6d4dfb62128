using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Soleus.Domain.Tests.Words;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Safety;

/// <summary>
/// The wording check over everything people read, not only the data: each page as rendered (for a visitor and for a
/// signed-in person, through the verdicts, the plan, the player's data, history, summary and the clearance page) and
/// every string of the player's script makes no forbidden claim: no diagnosis, no treatment claim, nothing that makes
/// a clot sound unlikely, nothing that says to carry on through sharp pain (<see cref="ForbiddenClaims"/>).
/// </summary>
public sealed class WordingOnPagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task EveryPageAndThePlayer_MakeNoForbiddenClaim()
    {
        var texts = new List<(string Where, string Text)>();
        var visitor = new Browser(factory.Client());
        texts.AddRange(Visible("home", await visitor.Open("/")));
        await Flows.AcceptDisclaimer(visitor);
        foreach (var path in new[] { "/screening", "/clearance", "/account/sign-in", "/account/register" })
        {
            texts.AddRange(Visible(path, await visitor.Open(path)));
        }

        foreach (var answer in new[] { "answers.calf-red-warm", "answers.sharp-pain.left", "answers.pain-persisting", "answers.breathing-chest-symptoms" })
        {
            texts.AddRange(Visible($"verdict {answer}", await Flows.Screen(visitor, new Dictionary<string, string> { [answer] = "not-sure" })));
        }

        var person = new Browser(factory.Client());
        await Flows.SignedInReady(person);
        var plan = await Flows.Screen(person);
        texts.AddRange(Visible("plan", plan));
        var play = await person.Submit(Browser.FormByButton(plan, "Start the guided session"));
        texts.AddRange(Visible("play", play));
        texts.AddRange(Strings(JsonNode.Parse(play.GetElementById("soleus-player")!.TextContent)!).Select(t => ("player data", t)));
        foreach (var path in new[] { "/history", "/summary", "/profile", "/clearance", "/account" })
        {
            texts.AddRange(Visible(path, await person.Open(path)));
        }

        texts.AddRange(ScriptStrings.All().Select(s => ($"script {s.File}", s.Text)));

        var bad = texts.Select(t => (t.Where, t.Text, Found: ForbiddenClaims.FoundIn(t.Text))).Where(t => t.Found.Count > 0).ToList();
        Assert.True(texts.Count > 500, $"Only {texts.Count} texts were read: the collector is missing them.");
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad.Select(b => $"{b.Where} [{string.Join(", ", b.Found)}]: {b.Text}")));
    }

    [Theory]
    [InlineData("<p>Ease off if the ache turns into a sharp pain.</p>", "goes-on-through-sharp-pain")]
    [InlineData("<li>Your answers rule out a clot.</li>", "claims-to-diagnose-or-treat-a-condition")]
    public void Visible_PlantedBadSentence_IsFound(string html, string pattern)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body><main>{html}</main></body></html>");

        Assert.Contains(Visible("planted", page), t => ForbiddenClaims.FoundIn(t.Text).Contains(pattern));
    }

    /// <summary>Each element's own text on the page (blocks read one by one, so a claim cannot hide across two).</summary>
    private static IEnumerable<(string Where, string Text)> Visible(string where, IHtmlDocument page) =>
        page.QuerySelectorAll("body *")
            .Where(e => e.LocalName is not ("script" or "style"))
            .Select(e => string.Concat(e.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)).Trim())
            .Where(t => t.Length > 0)
            .Select(t => (where, t));

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Strings(p.Value)),
        JsonArray a => a.SelectMany(v => v is null ? [] : Strings(v)),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
