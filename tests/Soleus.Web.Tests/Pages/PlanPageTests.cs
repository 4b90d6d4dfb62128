using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Tests.Pages;

public sealed class PlanPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static readonly string[] Layers = ["warm-up", "knead", "trigger-points", "strip"];

    private async Task<Browser> Anonymous()
    {
        var browser = new Browser(factory.Client());
        await Flows.AcceptDisclaimer(browser);
        return browser;
    }

    private static void AssertLayersInOrder(IReadOnlyList<string> steps)
    {
        var positions = Layers.Select(l => steps.ToList().IndexOf(l)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Plan_RegisterProfileScreenPlan_ShowsTheFourLayersInOrderForEachLeg()
    {
        var protocol = factory.Services.GetRequiredService<Protocol>();
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        await Flows.AcceptDisclaimer(browser);
        await Flows.AnswerAll(browser, Browser.FormByButton(await browser.Open("/profile"), "Save my answers"));

        var plan = await Flows.Screen(browser);

        Assert.Equal("Your session plan", plan.QuerySelector("h1")!.TextContent.Trim());
        AssertLayersInOrder(Flows.Steps(plan, "left"));
        AssertLayersInOrder(Flows.Steps(plan, "right"));
        var main = plan.QuerySelector("main")!.TextContent;
        Assert.Contains(protocol.Preparation.WarmUp.Text, main, StringComparison.Ordinal);
        Assert.Contains(protocol.Preparation.DirectionRule.Text, main, StringComparison.Ordinal);
        Assert.Contains("Total time", main, StringComparison.Ordinal);
        Assert.Contains("guided player", main, StringComparison.Ordinal);
        var warmUp = plan.QuerySelector("li.step[data-step='warm-up']")!;
        Assert.Matches("^Warm up the tissue [0-9]+ min( [0-9]+ s)? · left at 0:[0-9]{2} · right at [0-9]+:[0-9]{2}$", Regex.Replace(warmUp.QuerySelector("details > summary")!.TextContent, @"\s+", " ").Trim());
        Assert.Contains(protocol.Step("warm-up").Instructions[0], warmUp.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(protocol.Step("warm-up").Feel, warmUp.TextContent, StringComparison.Ordinal);
        Assert.Contains(protocol.Step("warm-up").CommonMistake, warmUp.TextContent, StringComparison.Ordinal);
        Assert.NotNull(Browser.FormByButton(plan, "Plan again").Closest("details"));
        Assert.DoesNotContain(plan.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("/play", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_BothCalves_OneOverviewWithEachStepsHowToOnceAndFolded()
    {
        var protocol = factory.Services.GetRequiredService<Protocol>();

        var plan = await Flows.Screen(await Anonymous());

        Assert.Equal("Both, the left first", Fact(plan, "Calves"));
        Assert.Matches("^[0-9]+ min( [0-9]+ s)?, pauses to get ready included$", Fact(plan, "Total time"));
        var steps = plan.QuerySelectorAll(".plan-overview li.step");
        Assert.Equal(steps.Length, steps.Select(s => s.GetAttribute("data-step")).Distinct().Count());
        Assert.All(steps, s => Assert.Equal("left right", s.GetAttribute("data-legs")));
        // Each step's how-to is written once, for both calves, and folded away; the page no longer repeats it per leg.
        Assert.All(steps, s => Assert.False(s.QuerySelector("details")!.HasAttribute("open")));
        var html = plan.DocumentElement.OuterHtml;
        Assert.Single(Regex.Matches(html, Regex.Escape(System.Net.WebUtility.HtmlEncode(protocol.Step("knead").Instructions[0]))));
    }

    [Fact]
    public async Task Plan_Replan_KeepsTheAnswersAndRatingsAndPlansAgain()
    {
        var browser = await Anonymous();
        var first = await Flows.Screen(browser);

        var again = await Flows.Build(browser, first, f => f.Set("minutesPerCalf", "10").Set("emphasis", "soleus").Tick("equipment", "foam-roller"));

        Assert.Contains("foam-roller", Flows.Steps(again, "left"));
        AssertLayersInOrder(Flows.Steps(again, "right"));
        Assert.Equal("6", Browser.FormByButton(again, "Start the guided session").QuerySelector<IHtmlInputElement>("input[name='tightnessBefore.left']")!.Value);
    }

    [Fact]
    public async Task Plan_SharpPainLeftLeg_PlansOnlyTheRightLegAndSaysWhy()
    {
        var browser = await Anonymous();

        var plan = await Flows.Screen(browser, new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" });

        Assert.Empty(Flows.Steps(plan, "left"));
        AssertLayersInOrder(Flows.Steps(plan, "right"));
        Assert.StartsWith("Left leg:", plan.QuerySelector(".reasons li")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ReplanWithALegNotCleared_NeverPlansThatLeg()
    {
        var browser = await Anonymous();
        var plan = await Flows.Screen(browser, new Dictionary<string, string> { ["answers.skin-or-veins.left"] = "yes" });

        var again = await Flows.Build(browser, plan, f => f.Remove("legs").Tick("legs", "left").Tick("legs", "right").Set("tightnessBefore.left", "7"));

        Assert.Empty(Flows.Steps(again, "left"));
        AssertLayersInOrder(Flows.Steps(again, "right"));
    }

    [Fact]
    public async Task Plan_TamperedLegOnlyTheOneNotCleared_NoPlan()
    {
        var browser = await Anonymous();
        var plan = await Flows.Screen(browser, new Dictionary<string, string> { ["answers.skin-or-veins.left"] = "yes" });

        var page = await Flows.Build(browser, plan, f => f.Remove("legs").Tick("legs", "left").Set("tightnessBefore.left", "7"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.Contains("none of the legs you asked for", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answers.breathing-chest-symptoms", "yes", "Get emergency care now")]
    [InlineData("answers.calf-red-warm", "yes", "Get emergency care now")]
    [InlineData("answers.pregnant", "not-sure", "Please talk to a professional first")]
    public async Task Plan_TamperedAnswersWithARedFlagClaimingProceed_NoPlanOnlyTheAdvice(string field, string answer, string title)
    {
        var browser = await Anonymous();
        var plan = await Flows.Screen(browser);

        var page = await Flows.Build(browser, plan, f => f.Set(field, answer).Set("verdict", "proceed").Set("legsCleared", "left"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Plan_AnswerRemoved_RefusesToPlanAndSendsBackToTheQuestions()
    {
        var browser = await Anonymous();
        var plan = await Flows.Screen(browser);

        var page = await Flows.Build(browser, plan, f => f.Remove("answers.one-calf-swelling"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.Equal("The safety answers are incomplete", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/screening']"));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("5")]
    [InlineData("30")]
    public async Task Plan_MinutesOutsideWhatTheMethodAllows_TheFieldSaysTheRangeInTheAPIsWords(string minutes)
    {
        var protocol = factory.Services.GetRequiredService<Protocol>();
        var browser = await Anonymous();
        var plan = await Flows.Screen(browser);

        var page = await Flows.Build(browser, plan, f => f.Set("minutesPerCalf", minutes));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        var error = page.GetElementById("minutesPerCalf-error")!.TextContent.Trim();
        Assert.EndsWith(PlanRequest.MinutesRule(protocol), error, StringComparison.Ordinal);
        Assert.Contains("from 6 to 10", error, StringComparison.Ordinal);
        Assert.Contains("minutesPerCalf-error", page.GetElementById("minutesPerCalf")!.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal(("6", "10"), (page.GetElementById("minutesPerCalf")!.GetAttribute("min"), page.GetElementById("minutesPerCalf")!.GetAttribute("max")));
    }

    [Fact]
    public async Task Plan_GastrocnemiusWithRoller_SaysWhyTheRollerIsLeftOutAndDoesNotListIt()
    {
        var browser = await Anonymous();

        var plan = await Flows.Screen(browser, change: f => f.Tick("equipment", "foam-roller"));

        Assert.DoesNotContain("foam-roller", Flows.Steps(plan, "left"));
        var notes = plan.QuerySelector("details.plan-notes")!.QuerySelectorAll("li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Your foam roller is left out: this plan favours the gastrocnemius, which your hands reach best."], notes);
        Assert.Equal("Your hands", Fact(plan, "Equipment"));
    }

    [Fact]
    public async Task Plan_Choices_OfferOnlyPositionsTheFourLayersCanBeDoneIn()
    {
        var page = await (await Anonymous()).Open("/screening");

        Assert.Equal(["chair", "floor"], page.QuerySelectorAll<IHtmlInputElement>("input[name='position']").Select(i => i.Value));
    }

    [Fact]
    public async Task Plan_TamperedPositionOnTheRoller_RefusedOnThePositionField()
    {
        var browser = await Anonymous();

        var page = await Flows.Screen(browser, change: f => f.Set("position", "foam-roller"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.Contains("not on a foam roller", page.GetElementById("position-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_NotSureWithCycling_FavoursTheSoleus()
    {
        var browser = await Anonymous();

        var plan = await Flows.Screen(browser, change: f => f.Set("emphasis", "auto").Tick("activities", "cycling").Tick("equipment", "foam-roller").Set("minutesPerCalf", "10"));

        Assert.EndsWith("favouring the soleus", Fact(plan, "Position"), StringComparison.Ordinal);
        Assert.Contains("foam-roller", Flows.Steps(plan, "left"));
    }

    [Fact]
    public async Task Plan_NotSureWithoutActivities_AsksForThem()
    {
        var browser = await Anonymous();

        var page = await Flows.Screen(browser, change: f => f.Set("emphasis", "auto"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.NotNull(page.GetElementById("activities-error"));
        Assert.Equal(["running", "jumping", "stairs", "slow-walking", "cycling", "standing"], page.QuerySelectorAll<IHtmlInputElement>("input[name='activities']").Select(i => i.Value));
    }

    [Fact]
    public async Task Plan_TightnessOffTheScale_AsksForIt()
    {
        var browser = await Anonymous();

        var page = await Flows.Screen(browser, change: f => f.Set("tightnessBefore.right", "11"));

        Assert.Empty(page.QuerySelectorAll("li.step"));
        Assert.NotNull(page.GetElementById("tightnessBefore-right-error"));
        Assert.Null(page.GetElementById("tightnessBefore-left-error"));
    }

    private static string Fact(IHtmlDocument plan, string name) =>
        plan.QuerySelectorAll(".plan-overview dl.facts dt").Single(dt => dt.TextContent.Trim() == name).NextElementSibling!.TextContent.Trim();

    [Fact]
    public async Task Plan_PlainVisit_PointsToTheSafetyQuestions()
    {
        var page = await (await Anonymous()).Open("/plan");

        Assert.NotNull(page.QuerySelector("main a[href='/screening']"));
        Assert.Null(page.QuerySelector("input[name='minutesPerCalf']"));
    }
}
