using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Screening;

namespace Soleus.Web.Tests.Pages;

public sealed class ProfilePageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Profile_Get_AsksEveryProfileQuestionAsYesNoNotSure()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);

        var page = await browser.Open("/profile");

        foreach (var question in questionnaire.ProfileQuestions)
        {
            var group = page.GetElementById($"answers-{question.Id}")!;
            Assert.Equal("FIELDSET", group.TagName);
            Assert.Equal(question.Text, group.QuerySelector("legend")!.TextContent.Trim());
            Assert.Equal(["yes", "no", "not-sure"], group.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Value));
        }

        Assert.Contains("not answered", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_SaveAllAnswered_ShowsWhenAnsweredAndWhenItExpires()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var page = await browser.Open("/profile");
        var now = Flows.Now(factory);

        var saved = await Flows.AnswerAll(browser, Browser.FormByButton(page, "Save my answers"), new Dictionary<string, string> { ["answers.pregnant"] = "not-sure" });

        Assert.Contains("saved", saved.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        var times = saved.QuerySelectorAll("dl.facts time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal([now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], times);
        Assert.True(saved.QuerySelector<IHtmlInputElement>("input[name='answers.pregnant'][value='not-sure']")!.IsChecked);
        Assert.True(saved.QuerySelector<IHtmlInputElement>("input[name='answers.previous-clot'][value='no']")!.IsChecked);
    }

    [Fact]
    public async Task Profile_SaveNothingAnswered_TheSummaryNamesEachQuestionOnce()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var page = await browser.Open("/profile");

        var again = await browser.Submit(Browser.FormByButton(page, "Save my answers"));

        var messages = again.QuerySelectorAll(".error-summary a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(questionnaire.ProfileQuestions.Count(), messages.Distinct().Count());
        Assert.All(questionnaire.ProfileQuestions.Zip(messages), pair => Assert.StartsWith($"Answer “{pair.First.Text[..(pair.First.Text.IndexOf('?', StringComparison.Ordinal) + 1)]}”", pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profile_SaveWithAGroupUnanswered_ShowsTheErrorOnThatGroupAndSavesNothing()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var page = await browser.Open("/profile");

        var again = await browser.Submit(Browser.FormByButton(page, "Save my answers"), f =>
        {
            foreach (var name in page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct())
            {
                f.Set(name, "no");
            }

            f.Remove("answers.previous-clot");
        });

        var group = again.GetElementById("answers-previous-clot")!;
        Assert.Equal("answers-previous-clot-error", group.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Choose yes, no or not sure for this question.", again.GetElementById("answers-previous-clot-error")!.TextContent.Trim());
        Assert.Equal(
            "Answer “Have you ever had a blood clot in a leg (deep vein thrombosis) or in the lungs (pulmonary embolism)?”: choose yes, no or not sure.",
            Assert.Single(again.QuerySelectorAll(".error-summary a")).TextContent.Trim());
        Assert.Contains("not answered", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
