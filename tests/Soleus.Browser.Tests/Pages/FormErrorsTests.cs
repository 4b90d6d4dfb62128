using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>Forms that say what is wrong: focus lands on the error summary, its links reach the fields, and passwords can be shown.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FormErrorsTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Register_SentEmpty_FocusOnTheSummaryAndItsLinkFocusesTheEmailBox()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await page.GotoAsync("/account/register");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();

        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address." }).ClickAsync();
        await Expect(page.Locator("#email")).ToBeFocusedAsync();
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Questions_OneLeftUnanswered_FocusOnTheSummaryAndItsLinkFocusesTheQuestionsFirstChoice()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);
        await Expect(page.Locator("input[name=history]")).Not.ToHaveValueAsync("");
        await Flows.AnswerAll(page);
        await page.Locator("input[name='answers.pregnant'][value=no]").EvaluateAsync("radio => radio.checked = false");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToContainTextAsync(["Answer “Are you pregnant, or have you given birth in the last six weeks?”: choose yes, no or not sure."]);
        await summary.GetByRole(AriaRole.Link, new() { Name = "Answer “Are you pregnant" }).ClickAsync();
        await Expect(page.Locator("input[name='answers.pregnant'][value=yes]")).ToBeFocusedAsync();
        await tab.AssertAccessible("summary-link-followed");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task SignIn_ShowPassword_ShowsWhatWasTypedAndHidesItAgain()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await page.GotoAsync("/account/sign-in");
        var box = page.Locator("#password");
        await box.FillAsync("calm-calves-2026");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Show password" });

        await button.ClickAsync();

        await Expect(box).ToHaveAttributeAsync("type", "text");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hide password" })).ToBeVisibleAsync();
        await tab.Screenshot("shown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hide password" }).ClickAsync();
        await Expect(box).ToHaveAttributeAsync("type", "password");
        await Expect(box).ToHaveValueAsync("calm-calves-2026");
        tab.AssertNoProblems();
    }
}
