using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>The plan as people read it: one screen says what the session is, and each step's how-to folds open.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PlanOverviewTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task Plan_BothCalvesEveryTool_OverviewFitsOneScreenAndEachStepFoldsOpen(int width, int height)
    {
        await using var tab = await fixture.Open($"{width}x{height}", options => options.ViewportSize = new ViewportSize { Width = width, Height = height });
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);
        await Flows.Screen(page);
        await Flows.ContinueToPlan(page);
        foreach (var tool in new[] { "foam-roller", "massage-ball", "massage-gun" })
        {
            await page.Locator($"input[type=checkbox][name=equipment][value='{tool}']").CheckAsync();
        }

        await page.Locator("input[type=radio][name=emphasis][value=soleus]").CheckAsync();
        await page.GetByLabel("Minutes per calf").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your session plan");
        await tab.AssertAccessible("plan");

        // The calves, the total, the equipment and every step with its times on each calf: no taller than the screen.
        var overview = (await page.Locator(".plan-overview").BoundingBoxAsync())!;
        Assert.True(overview.Height <= height, $"the overview is {overview.Height:0} px tall on a {width}×{height} screen");
        var steps = page.Locator(".plan-overview li.step");
        Assert.True(await steps.CountAsync() >= 6, "the plan with every tool has more than the four layers");
        await Expect(steps.Locator(".step-times")).ToContainTextAsync(Enumerable.Repeat(new System.Text.RegularExpressions.Regex("left at [0-9:]+ · right at [0-9:]+$"), await steps.CountAsync()));
        await Expect(steps.First.Locator("ol.instructions")).ToBeHiddenAsync();

        await steps.First.Locator("summary").ClickAsync();

        await Expect(steps.First.Locator("ol.instructions")).ToBeVisibleAsync();
        await tab.Screenshot("step-open");
        tab.AssertNoProblems();
    }
}
