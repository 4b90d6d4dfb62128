using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Safety;

/// <summary>
/// One urgency for a possible clot, wherever a person reads it: every message that names a clot sign, in the data,
/// on the rendered pages (home, verdicts, plan, history, summary, footer) and in the player's data and script, gives
/// the one instruction with the emergency number as a tap-to-call link, and nothing softer.
/// </summary>
public sealed partial class ClotMessagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private Questionnaire Questionnaire => factory.Services.GetRequiredService<Questionnaire>();

    private string Instruction => Questionnaire.Render(Questionnaire.Emergency.ClotInstruction);

    [Fact]
    public async Task EveryClotMessage_JsonPagesAndPlayer_GivesTheOneInstructionWithTheNumberLinked()
    {
        var number = Questionnaire.Emergency.Number;
        var messages = new List<(string Where, string Text, bool Linked)>();

        messages.AddRange(DataMessages().Select(m => (m.Where, m.Text, true)));

        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        messages.AddRange(PageMessages("home", await browser.Open("/"), number));
        foreach (var sign in new[] { "one-calf-swelling", "calf-red-warm", "calf-pain-no-cause", "breathing-chest-symptoms" })
        {
            var verdict = await Flows.Screen(browser, new Dictionary<string, string> { [AnswerForm(sign)] = "yes" });
            Assert.Equal(Questionnaire.Advice(Verdict.Emergency).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(Instruction, verdict.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            messages.AddRange(PageMessages($"verdict {sign}", verdict, number));
        }

        var plan = await Flows.Screen(browser);
        messages.AddRange(PageMessages("plan", plan, number));
        var play = await browser.Submit(Browser.FormByButton(plan, "Start the guided session"));
        messages.AddRange(PlayerMessages(play));

        await SaveSwellingStop(browser);
        messages.AddRange(PageMessages("history", await browser.Open("/history"), number));
        messages.AddRange(PageMessages("summary", await browser.Open("/summary"), number));
        messages.AddRange(PageMessages("carried stop", await Flows.Screen(browser), number));

        var wrong = messages.Where(m => !m.Text.Contains(Instruction, StringComparison.Ordinal) || !m.Linked || Softer().IsMatch(m.Text)).ToList();
        Assert.True(messages.Count >= 25, $"Only {messages.Count} clot messages were found: the collector is missing them.");
        Assert.True(wrong.Count == 0, "These clot messages do not give the one instruction with a linked number:" + Environment.NewLine
            + string.Join(Environment.NewLine, wrong.Select(w => $"{w.Where}: {w.Text}")));
        Assert.Contains(messages, m => m.Where.StartsWith("player", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Where.StartsWith("history", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Where.StartsWith("summary", StringComparison.Ordinal));
    }

    [Fact]
    public void PlayerScript_HoldsNoClotMessageOfItsOwn()
    {
        var own = ScriptStrings.All()
            .Where(s => ClotUrgency.NamesClotSign(s.Text) || s.Text.Contains("clot", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(ScriptStrings.Files.Count >= 10, $"Only {ScriptStrings.Files.Count} scripts found.");
        Assert.True(own.Count == 0, "The player's script has clot words of its own; they belong in the data: " + string.Join("; ", own));
    }

    private static string AnswerForm(string id) => $"answers.{id}";

    /// <summary>Every text of the questionnaire and the protocol that names a clot sign or is a clot message, rendered.</summary>
    private IEnumerable<(string Where, string Text)> DataMessages()
    {
        var protocol = factory.Services.GetRequiredService<Protocol>();
        var q = Questionnaire;
        var texts = new List<(string, string)>
        {
            ("dvtWarning", protocol.DvtWarning), ("reminder", q.Reminder), ("verdicts[emergency]", q.Advice(Verdict.Emergency).Text),
        };
        texts.AddRange(q.Questions.Where(x => x.VerdictIfYes == Verdict.Emergency).Select(x => ($"questions[{x.Id}].message", x.Message)));
        texts.AddRange(q.StopAdvice.SelectMany(a => new[] { ($"stopAdvice[{a.Reason}].text", a.Text), ($"stopAdvice[{a.Reason}].carried", a.Carried ?? "") })
            .Where(t => t.Item1.Contains("SwellingOrRedness", StringComparison.Ordinal) || ClotUrgency.NamesClotSign(t.Item2)));
        texts.AddRange(q.Verdicts.Where(v => ClotUrgency.NamesClotSign(v.Text)).Select(v => ($"verdicts[{v.Verdict}]", v.Text)));
        texts.AddRange(protocol.Steps.SelectMany(s => s.SafetyNotes.Where(ClotUrgency.NamesClotSign).Select(n => ($"steps[{s.Id}].safetyNotes", n))));
        return texts.Select(t => ("data " + t.Item1, q.Render(t.Item2)));
    }

    /// <summary>Every paragraph, item and definition of the page's main part and footer that names a clot sign, and whether it links the number.</summary>
    private static IEnumerable<(string Where, string Text, bool Linked)> PageMessages(string page, IHtmlDocument document, string number) =>
        document.QuerySelectorAll("main p, main li, main dd, footer p")
            .Where(e => e.QuerySelector("p, li, dd") is null && ClotUrgency.NamesClotSign(e.TextContent))
            .Select(e => ($"{page}: <{e.LocalName}>", Normalise(e.TextContent), e.QuerySelector($"a[href='tel:{number}']") is not null));

    /// <summary>The player's data: the DVT warning, the stop advice and every step's safety notes that name a clot sign.</summary>
    private static IEnumerable<(string Where, string Text, bool Linked)> PlayerMessages(IHtmlDocument play)
    {
        var data = JsonNode.Parse(play.GetElementById("soleus-player")!.TextContent)!;
        Assert.False(string.IsNullOrEmpty((string?)data["emergencyNumber"]));
        var texts = new List<(string, string)> { ("player dvtWarning", (string)data["dvtWarning"]!) };
        texts.AddRange(data["stops"]!.AsObject().Select(s => ($"player stops[{s.Key}]", (string)s.Value!["text"]!)));
        texts.AddRange(data["steps"]!.AsObject().SelectMany(s => s.Value!["safetyNotes"]!.AsArray().Select(n => ($"player steps[{s.Key}]", (string)n!))));
        // The player links every mention of its emergency number (view.js linked()).
        return texts.Where(t => ClotUrgency.NamesClotSign(t.Item2) || t.Item1.Contains("swelling", StringComparison.Ordinal) || t.Item1.EndsWith("dvtWarning", StringComparison.Ordinal))
            .Select(t => (t.Item1, t.Item2, true));
    }

    private async Task SaveSwellingStop(Browser browser)
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var session = TestApi.Session(Guid.NewGuid(), now.AddHours(-3));
        session["stopReason"] = "swelling-or-redness";
        var saved = await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(session));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\btoday\b|urgent care|within (a|an|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Softer();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
