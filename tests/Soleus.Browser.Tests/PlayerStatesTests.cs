using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// Every state a person meets in the player, at a phone's portrait and landscape sizes: each one shown as it should
/// be, free of axe violations, and saved as a screenshot (the README's pictures are these, copied to docs/screenshots).
/// </summary>
public sealed partial class PlayerTests
{
    [SkippableTheory]
    [InlineData(390, 844, "portrait")]
    [InlineData(844, 390, "landscape")]
    public async Task Player_EveryState_ShownAccessibleAndPictured(int width, int height, string orientation)
    {
        await using var tab = await fixture.Open(orientation);
        var page = await Visitor(tab);
        await page.SetViewportSizeAsync(width, height);
        await ReadyToPlay(page, speed: 6, legs: ["left"]);
        await tab.AssertAccessible("1-ready");

        await StartSession(page);
        await Expect(page.Locator("#run-phase")).ToContainTextAsync("Get ready");
        await Expect(page.Locator("#step-briefing")).Not.ToBeEmptyAsync();
        await tab.AssertAccessible("2-get-ready-briefing");

        await Expect(page.Locator("#run-phase")).ToHaveTextAsync("Step ends in", new() { Timeout = 30_000 });
        await tab.AssertAccessible("3-stroke-step");

        await Expect(page.Locator("#run-phase")).ToHaveTextAsync("Hold for", new() { Timeout = 60_000 });
        await tab.AssertAccessible("4-hold");

        await Expect(page.Locator("#run-step")).ToHaveTextAsync("Strip the muscle lanes", new() { Timeout = 60_000 });
        await Expect(page.Locator("#cue")).ToContainTextAsync("pass 1 of", new() { Timeout = 30_000 });
        await tab.AssertAccessible("5-strip-lane");

        await page.Locator("#pause").ClickAsync();
        await Expect(page.Locator("#pause")).ToHaveTextAsync("Resume");
        await tab.AssertAccessible("6-paused");
        await page.Locator("#pause").ClickAsync();

        await page.Locator("#pain-check").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "How much does the left calf hurt now?" })).ToBeVisibleAsync();
        await tab.AssertAccessible("7-pain-check");
        await page.Locator("#pain-cancel").ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Why are you stopping?" })).ToBeVisibleAsync();
        await tab.AssertAccessible("8-stop-dialog");
        await page.Locator("#stop-cancel").ClickAsync();

        await WaitForState(page, "completed", timeoutMs: 120_000);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session complete" })).ToBeFocusedAsync();
        await tab.AssertAccessible("9-finish");
        tab.AssertNoProblems();
    }
}
