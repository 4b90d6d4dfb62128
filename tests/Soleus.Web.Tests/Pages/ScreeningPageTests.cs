using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Screening;

namespace Soleus.Web.Tests.Pages;

public sealed class ScreeningPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private async Task<Browser> Anonymous()
    {
        var browser = new Browser(factory.Client());
        await Flows.AcceptDisclaimer(browser);
        return browser;
    }

    [Fact]
    public async Task Screening_Start_AsksWhichLegsFirst()
    {
        var page = await (await Anonymous()).Open("/screening");

        var legs = page.QuerySelector("fieldset#legs")!;
        Assert.Equal(["left", "right"], legs.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Select(i => i.Value));
        Assert.Equal("get", Browser.FormWith(page, "legs").Method);
    }

    [Fact]
    public async Task Screening_NoLegChosen_SaysToChooseOne()
    {
        var browser = await Anonymous();
        var page = await browser.Open("/screening");

        var again = await browser.Submit(Browser.FormWith(page, "legs"), f => f.Remove("legs"));

        Assert.Contains(Soleus.Domain.Protocols.Legs.Rule, again.GetElementById("legs-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_LeftLegOnly_AsksThePerLegQuestionsForTheLeftLegOnly()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var page = await (await Anonymous()).Open("/screening?chosen=true&legs=left");

        var names = page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct().ToList();
        foreach (var question in questionnaire.SessionQuestions)
        {
            Assert.Contains(question.PerLeg ? $"answers.{question.Id}.left" : $"answers.{question.Id}", names);
        }

        Assert.DoesNotContain(names, n => n.EndsWith(".right", StringComparison.Ordinal));
        Assert.All(questionnaire.ProfileQuestions, q => Assert.Contains($"answers.{q.Id}", names));
        Assert.Contains("Not sure counts as yes", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_AllNo_ProceedsAndOffersTheWayToThePlan()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous());

        Assert.Equal(questionnaire.Advice(Verdict.Proceed).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        var form = Browser.FormByButton(verdict, "Continue to the plan");
        Assert.Equal("/plan?handler=start", form.GetAttribute("action"));
        Assert.Null(form.QuerySelector("[name='verdict']"));
    }

    [Fact]
    public async Task Screening_BreathingChestSymptoms_ShowsTheEmergencyNumberAndTheDvtWarningAndNoWayOn()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.breathing-chest-symptoms"] = "yes" });

        var call = verdict.QuerySelector(".emergency a[href='tel:112']")!;
        Assert.Contains("112", call.TextContent, StringComparison.Ordinal);
        Assert.Equal("Get emergency care now", verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(questionnaire.Render(questionnaire.DvtWarning), verdict.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(Flows.LeadsToPlan(verdict));
        Assert.Empty(verdict.QuerySelectorAll("main form"));
        Assert.Null(verdict.QuerySelector("nav"));
        Assert.Null(verdict.QuerySelector(".reasons"));
    }

    [Theory]
    [InlineData("answers.calf-red-warm", "yes")]
    [InlineData("answers.one-calf-swelling", "not-sure")]
    [InlineData("answers.calf-pain-no-cause", "yes")]
    public async Task Screening_ClotSign_ShowsTheEmergencyAdviceWithTheNumberToCallAndTheDvtWarning(string field, string answer)
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { [field] = answer });

        Assert.Equal(questionnaire.Advice(Verdict.Emergency).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(verdict.QuerySelector(".emergency a.call[href='tel:112']"));
        Assert.NotNull(verdict.QuerySelector("main a[href='/screening']"));
        Assert.Contains(questionnaire.Render(questionnaire.DvtWarning), verdict.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(Flows.LeadsToPlan(verdict));
        Assert.Empty(verdict.QuerySelectorAll("main form"));
        Assert.Null(verdict.QuerySelector("nav"));
    }

    [Fact]
    public async Task Screening_NumbnessNotSure_ProfessionalFirstExplainsWhyAndOffersNoSession()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.numbness-tingling"] = "not-sure" });

        Assert.Equal(questionnaire.Advice(Verdict.ProfessionalFirst).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        var reason = Assert.Single(verdict.QuerySelectorAll(".reasons li")).TextContent;
        Assert.Contains(questionnaire.Notes.NotSure, reason, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Question("numbness-tingling").Message, reason, StringComparison.Ordinal);
        Assert.Empty(verdict.QuerySelectorAll("main a[href^='/plan']"));
        Assert.Empty(verdict.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Screening_SharpPainLeftLeg_SaysWhatIsLeftOutAndContinuesForTheRightLeg()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" });

        Assert.Equal(questionnaire.Advice(Verdict.AvoidArea).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        var reason = Assert.Single(verdict.QuerySelectorAll(".reasons li")).TextContent;
        Assert.StartsWith("Left leg", reason.Trim(), StringComparison.Ordinal);
        Assert.Contains("right leg", Browser.FormByButton(verdict, "Continue to the plan").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_SharpPainInTheOnlyLeg_NoSessionAndNoWayOn()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" }, legs: "legs=left");

        Assert.Equal(questionnaire.NoLegLeft.Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(verdict.QuerySelectorAll("main form"));
        Assert.Empty(verdict.QuerySelectorAll("main a[href^='/plan']"));
    }

    [Fact]
    public async Task Screening_GroupLeftUnanswered_ShowsTheErrorTiedToThatGroup()
    {
        var browser = await Anonymous();
        var page = await browser.Open($"/screening?chosen=true&{Flows.Both}");

        var again = await browser.Submit(Browser.FormByButton(page, "Check my answers"), f =>
        {
            foreach (var name in page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct())
            {
                f.Set(name, "no");
            }

            f.Remove("answers.skin-or-veins.right");
        });

        var group = again.GetElementById("answers-skin-or-veins-right")!;
        Assert.Equal("answers-skin-or-veins-right-error", group.GetAttribute("aria-describedby"));
        Assert.NotNull(again.QuerySelector(".error-summary a[href='#answers-skin-or-veins-right']"));
        Assert.True(again.QuerySelector<IHtmlInputElement>("input[name='answers.skin-or-veins.left'][value='no']")!.IsChecked);
        Assert.Null(again.QuerySelector(".verdict"));
    }

    [Fact]
    public async Task Screening_SignedInWithAProfile_AsksOnlyWhetherAnythingChanged()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        await Flows.AnswerAll(browser, Browser.FormByButton(await browser.Open("/profile"), "Save my answers"));

        var page = await browser.Open($"/screening?chosen=true&{Flows.Both}");

        var names = page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct().ToList();
        Assert.Contains("answers.profile-changed", names);
        Assert.DoesNotContain(names, n => questionnaire.ProfileQuestions.Any(q => n == $"answers.{q.Id}"));
        Assert.Equal(questionnaire.Profile.ChangedQuestion, page.GetElementById("answers-profile-changed")!.QuerySelector("legend")!.TextContent.Trim());
        var verdict = await Flows.AnswerAll(browser, Browser.FormByButton(page, "Check my answers"));
        Assert.Equal(questionnaire.Advice(Verdict.Proceed).Title, verdict.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Screening_SignedInSomethingChanged_ProfessionalFirstWithTheWayBackToTheProfile()
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        await Flows.AnswerAll(browser, Browser.FormByButton(await browser.Open("/profile"), "Save my answers"));

        var verdict = await Flows.Screen(browser, new Dictionary<string, string> { ["answers.profile-changed"] = "yes" });

        Assert.Equal("Please talk to a professional first", verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(verdict.QuerySelector("main a[href='/profile']"));
        Assert.Empty(verdict.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Screening_SignedInWithoutAProfile_AnswersItHereAndKeepsIt()
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);

        await Flows.Screen(browser);

        var next = await browser.Open($"/screening?chosen=true&{Flows.Both}");
        Assert.NotNull(next.QuerySelector("input[name='answers.profile-changed']"));
        Assert.Null(next.QuerySelector("input[name='answers.pregnant']"));
    }
}
