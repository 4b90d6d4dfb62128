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
    public async Task Screening_Get_AsksWhichCalvesTheQuestionsAndTheRatingsInOneForm()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var page = await (await Anonymous()).Open("/screening");

        var form = Browser.FormByButton(page, "Check my answers");
        Assert.Equal("post", form.Method);
        var legs = form.QuerySelector("fieldset#legs")!;
        Assert.Equal(["left", "right"], legs.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Where(i => i.IsChecked).Select(i => i.Value));
        var names = form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct().ToList();
        foreach (var question in questionnaire.SessionQuestions)
        {
            Assert.All(question.PerLeg ? [$"answers.{question.Id}.left", $"answers.{question.Id}.right"] : new[] { $"answers.{question.Id}" }, n => Assert.Contains(n, names));
        }

        Assert.All(questionnaire.ProfileQuestions, q => Assert.Contains($"answers.{q.Id}", names));
        Assert.Equal(["tightnessBefore.left", "painBefore.left", "tightnessBefore.right", "painBefore.right"], names.Where(n => !n.StartsWith("answers.", StringComparison.Ordinal) && n.Contains("Before.", StringComparison.Ordinal)));
        // No answer and no rating is chosen for the person: the gate is answered afresh each time.
        Assert.DoesNotContain(form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]"), i => i.IsChecked && (i.Name!.StartsWith("answers.", StringComparison.Ordinal) || i.Name!.Contains("Before.", StringComparison.Ordinal)));
        Assert.Contains("Not sure counts as yes", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_Get_PerLegQuestionsAndRatingsMarkedWithTheirCalf()
    {
        var page = await (await Anonymous()).Open("/screening");

        foreach (var leg in Flows.BothLegs)
        {
            var marked = page.QuerySelectorAll($"[data-leg='{leg}'] input[type=radio]").Select(i => i.GetAttribute("name")!).Distinct();
            Assert.All(marked, name => Assert.EndsWith($".{leg}", name, StringComparison.Ordinal));
            Assert.Contains($"answers.sharp-pain.{leg}", marked);
            Assert.Contains($"painBefore.{leg}", marked);
        }
    }

    [Fact]
    public async Task Screening_Get_TheChoicesFoldedWithTheirSummary()
    {
        var page = await (await Anonymous()).Open("/screening");

        var choices = page.QuerySelector("details.session-choices")!;
        Assert.False(choices.HasAttribute("open"));
        Assert.Equal("Your hands · 8 minutes per calf · Sitting on a chair", choices.QuerySelector("[data-choices-summary]")!.TextContent.Trim());
        Assert.True(choices.QuerySelector<IHtmlInputElement>("input[name='emphasis'][value='gastrocnemius']")!.IsChecked);
        Assert.True(choices.QuerySelector<IHtmlInputElement>("input[name='position'][value='chair']")!.IsChecked);
    }

    [Fact]
    public async Task Screening_NoLegChosen_SaysToChooseOne()
    {
        var page = await Flows.Screen(await Anonymous(), legs: []);

        Assert.Contains(Soleus.Domain.Protocols.Legs.Rule, page.GetElementById("legs-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#legs']"));
    }

    [Fact]
    public async Task Screening_LeftLegOnly_JudgesThePerLegQuestionsAndRatingsForTheLeftLegOnly()
    {
        var plan = await Flows.Screen(await Anonymous(), legs: ["left"], change: f => f.Remove("answers.sharp-pain.right").Remove("answers.skin-or-veins.right"));

        Assert.Equal("Your session plan", plan.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEmpty(Flows.Steps(plan, "left"));
        Assert.Empty(Flows.Steps(plan, "right"));
    }

    [Fact]
    public async Task Screening_AllNo_ShowsTheAdviceAndThePlanReadyForThePlayer()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var plan = await Flows.Screen(await Anonymous());

        Assert.Equal("Your session plan", plan.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(questionnaire.Advice(Verdict.Proceed).Title, plan.QuerySelector(".verdict h2")!.TextContent.Trim());
        var form = Browser.FormByButton(plan, "Start the guided session");
        Assert.Equal("/play", form.GetAttribute("action"));
        Assert.Null(form.QuerySelector("[name='verdict']"));
        Assert.Equal("6", form.QuerySelector<IHtmlInputElement>("input[name='tightnessBefore.right']")!.Value);
    }

    [Fact]
    public async Task Screening_RatingLeftOut_NamesTheCalfAndTheScaleAndKeepsTheAnswers()
    {
        var page = await Flows.Screen(await Anonymous(), change: f => f.Remove("painBefore.right"));

        Assert.Equal("Choose how much your right calf hurts now, from 0 (no pain) to 10 (the worst pain you can imagine).", page.GetElementById("painBefore-right-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#painBefore-right']"));
        Assert.Contains("painBefore-right-error", page.GetElementById("painBefore-right")!.GetAttribute("aria-describedby")!.Split(' '));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='answers.calf-red-warm'][value='no']")!.IsChecked);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='painBefore.left'][value='2']")!.IsChecked);
        Assert.Empty(page.QuerySelectorAll("li.step"));
    }

    [Fact]
    public async Task Screening_ChoiceWrong_OpensTheChoicesWithTheError()
    {
        var page = await Flows.Screen(await Anonymous(), change: f => f.Remove("equipment"));

        Assert.True(page.QuerySelector("details.session-choices")!.HasAttribute("open"));
        Assert.NotNull(page.GetElementById("equipment-error"));
        Assert.Empty(page.QuerySelectorAll("li.step"));
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
    public async Task Screening_SharpPainLeftLeg_SaysWhatIsLeftOutAndPlansTheRightLeg()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var plan = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" });

        Assert.Equal(questionnaire.Advice(Verdict.AvoidArea).Title, plan.QuerySelector(".verdict h2")!.TextContent.Trim());
        var reason = Assert.Single(plan.QuerySelectorAll(".reasons li")).TextContent;
        Assert.StartsWith("Left leg", reason.Trim(), StringComparison.Ordinal);
        Assert.Empty(Flows.Steps(plan, "left"));
        Assert.NotEmpty(Flows.Steps(plan, "right"));
    }

    [Fact]
    public async Task Screening_SharpPainInTheOnlyLeg_NoSessionAndNoWayOn()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var verdict = await Flows.Screen(await Anonymous(), new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" }, legs: ["left"]);

        Assert.Equal(questionnaire.NoLegLeft.Title, verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(verdict.QuerySelectorAll("main form"));
        Assert.Empty(verdict.QuerySelectorAll("main a[href^='/plan']"));
    }

    [Fact]
    public async Task Screening_GroupLeftUnanswered_ShowsTheErrorTiedToThatGroup()
    {
        var again = await Flows.Screen(await Anonymous(), change: f => f.Remove("answers.skin-or-veins.right"));

        var group = again.GetElementById("answers-skin-or-veins-right")!;
        Assert.Equal("answers-skin-or-veins-right-error", group.GetAttribute("aria-describedby"));
        Assert.NotNull(again.QuerySelector(".error-summary a[href='#answers-skin-or-veins-right']"));
        Assert.True(again.QuerySelector<IHtmlInputElement>("input[name='answers.skin-or-veins.left'][value='no']")!.IsChecked);
        Assert.Null(again.QuerySelector(".verdict"));
        Assert.Equal(
            "For your right calf, answer “On this calf, is there an open wound, a rash or a skin infection, or are there varicose veins (swollen, twisting veins you can see under the skin)?”: choose yes, no or not sure.",
            again.QuerySelector(".error-summary a[href='#answers-skin-or-veins-right']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Screening_SignedInWithAProfile_AsksOnlyWhetherAnythingChanged()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        await Flows.AnswerAll(browser, Browser.FormByButton(await browser.Open("/profile"), "Save my answers"));

        var page = await browser.Open("/screening");

        var names = page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct().ToList();
        Assert.Contains("answers.profile-changed", names);
        Assert.DoesNotContain(names, n => questionnaire.ProfileQuestions.Any(q => n == $"answers.{q.Id}"));
        Assert.Equal(questionnaire.Profile.ChangedQuestion, page.GetElementById("answers-profile-changed")!.QuerySelector("legend")!.TextContent.Trim());
        var plan = await Flows.Screen(browser);
        Assert.Equal(questionnaire.Advice(Verdict.Proceed).Title, plan.QuerySelector(".verdict h2")!.TextContent.Trim());
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

        var next = await browser.Open("/screening");
        Assert.NotNull(next.QuerySelector("input[name='answers.profile-changed']"));
        Assert.Null(next.QuerySelector("input[name='answers.pregnant']"));
    }

    [Fact]
    public async Task Screening_SignedInAfterAPlan_OffersTheSameChoicesAndPlansThemWithNoOtherStep()
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        await Flows.Screen(browser, legs: ["right"], change: f => f.Tick("equipment", "foam-roller").Set("minutesPerCalf", "10").Set("emphasis", "soleus").Set("position", "floor"));

        var page = await browser.Open("/screening");

        Assert.Equal("Same as last time", page.QuerySelector("[data-choices-label]")!.TextContent.Trim());
        Assert.Equal("Your hands, Foam roller · 10 minutes per calf · Sitting on the floor", page.QuerySelector("[data-choices-summary]")!.TextContent.Trim());
        Assert.Equal(["right"], page.QuerySelectorAll<IHtmlInputElement>("input[name='legs']").Where(i => i.IsChecked).Select(i => i.Value));
        // The questions are asked afresh: nothing is chosen but the session's choices.
        Assert.DoesNotContain(page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]"), i => i.IsChecked && (i.Name!.StartsWith("answers.", StringComparison.Ordinal) || i.Name!.Contains("Before.", StringComparison.Ordinal)));
        var plan = await Flows.AnswerAll(browser, Browser.FormByButton(page, "Check my answers"), new Dictionary<string, string> { ["tightnessBefore.right"] = "4", ["painBefore.right"] = "1" });
        Assert.Equal("Your session plan", plan.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("foam-roller", Flows.Steps(plan, "right"));
        Assert.Empty(Flows.Steps(plan, "left"));
    }

    [Fact]
    public async Task Screening_SignedInWithoutAPlanYet_OffersTheDefaults()
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);

        var page = await browser.Open("/screening");

        Assert.Equal("Your session", page.QuerySelector("[data-choices-label]")!.TextContent.Trim());
        Assert.Equal("Your hands · 8 minutes per calf · Sitting on a chair", page.QuerySelector("[data-choices-summary]")!.TextContent.Trim());
    }
}
