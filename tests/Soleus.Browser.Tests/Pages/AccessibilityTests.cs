using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>Every page at the phone viewport passes axe-core's WCAG 2.1 AA rules with no violation.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/account/register")]
    [InlineData("/account/sign-in")]
    [InlineData("/account")]
    public async Task Page_Anonymous_HasNoAxeViolations(string path)
    {
        await using var tab = await fixture.Open(variant: path);

        await tab.Page.GotoAsync(path);

        await tab.AssertAccessible("page");
        tab.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/screening")]
    [InlineData("/plan")]
    [InlineData("/profile")]
    [InlineData("/history")]
    [InlineData("/summary")]
    [InlineData("/account")]
    [InlineData("/account/password")]
    [InlineData("/account/delete")]
    [InlineData("/account/sign-in")]
    public async Task Page_SignedInWithSessions_HasNoAxeViolations(string path)
    {
        await using var tab = await fixture.Open(variant: path);
        await Flows.SignedInReady(tab.Page);
        var now = DateTimeOffset.UtcNow;
        await Flows.SaveSession(tab.Page, now.AddDays(-6), tightnessBefore: 7, tightnessAfter: 4);
        await Flows.SaveSession(tab.Page, now.AddDays(-3), tightnessBefore: 6, tightnessAfter: null, stopReason: "sharp-pain");
        await Flows.SaveSession(tab.Page, now.AddHours(-2), tightnessBefore: 5, tightnessAfter: 3);

        await tab.Page.GotoAsync(path);

        await tab.AssertAccessible("page");
        tab.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("/account/register", "Create the account")]
    [InlineData("/account/sign-in", "Sign in")]
    [InlineData("/profile", "Save my answers")]
    [InlineData("/screening", "Check my answers")]
    [InlineData("/account/password", "Change the password")]
    [InlineData("/account/delete", "Delete my account and all my data")]
    public async Task Form_SentEmpty_ErrorsHaveNoAxeViolations(string path, string button)
    {
        await using var tab = await fixture.Open(variant: path);
        if (!path.StartsWith("/account/register", StringComparison.Ordinal) && !path.StartsWith("/account/sign-in", StringComparison.Ordinal))
        {
            await Flows.Register(tab.Page);
            await Flows.AcceptDisclaimer(tab.Page);
        }

        await tab.Page.GotoAsync(path);
        foreach (var box in await tab.Page.Locator("main input[type=checkbox]:visible").AllAsync())
        {
            await box.UncheckAsync();
        }

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        await Expect(tab.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await tab.AssertAccessible("errors");
        tab.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("answers.breathing-chest-symptoms", "yes")]
    [InlineData("answers.calf-red-warm", "yes")]
    [InlineData("answers.pregnant", "not-sure")]
    [InlineData("answers.sharp-pain.left", "yes")]
    [InlineData("answers.one-calf-swelling", "no")]
    public async Task Verdict_Answer_HasNoAxeViolations(string field, string answer)
    {
        await using var tab = await fixture.Open(variant: $"{field}-{answer}");
        await Flows.AcceptDisclaimer(tab.Page);

        await Flows.Screen(tab.Page, new Dictionary<string, string> { [field] = answer });

        await tab.AssertAccessible("verdict");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task PlanBuilder_SentIncomplete_ErrorsHaveNoAxeViolations()
    {
        await using var tab = await fixture.Open();
        await Flows.AcceptDisclaimer(tab.Page);
        await Flows.Screen(tab.Page);
        await Flows.ContinueToPlan(tab.Page);

        await tab.Page.Locator("#minutesPerCalf").FillAsync("");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();

        await Expect(tab.Page.Locator(".error-summary")).ToBeVisibleAsync();
        await tab.AssertAccessible("errors");
        tab.AssertNoProblems();
    }
}
