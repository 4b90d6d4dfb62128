using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>What the safety questions lead to, seen in the browser: a red flag stops everything, an area to avoid leaves a leg out.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ScreeningTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Screening_BreathingOrChestSymptoms_ShowsTheEmergencyNumberAndNoWayToASession()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);

        await Flows.Screen(page, new Dictionary<string, string> { ["answers.breathing-chest-symptoms"] = "yes" });

        var call = page.Locator(".emergency a.call[href^='tel:']");
        await Expect(call).ToBeVisibleAsync();
        await Expect(call).ToHaveAttributeAsync("href", "tel:112");
        await Expect(call).ToHaveTextAsync("Call 112");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("112");
        var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // Only the call, the skip link, and the way back to the questions for an answer chosen by mistake: nothing leads on to a plan.
        Assert.All(links, href => Assert.True(href.StartsWith("tel:", StringComparison.Ordinal) || href is "#main" or "/screening", $"the emergency page links to {href}"));
        Assert.Contains("/screening", links);
        await Expect(page.Locator("form")).ToHaveCountAsync(0);
        await Expect(page.Locator("button, input, [role=button]")).ToHaveCountAsync(0);
        await Expect(page.Locator("nav")).ToHaveCountAsync(0);
        await tab.AssertAccessible("emergency");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Screening_SkinOrVeinsOnTheLeftLeg_PlansOnlyTheRightLeg()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);

        await Flows.Screen(page, new Dictionary<string, string> { ["answers.skin-or-veins.left"] = "yes" });
        await Expect(page.Locator("#reasons-heading")).ToHaveTextAsync("What is left out, and why");
        await Expect(page.Locator(".reasons")).ToContainTextAsync("Left leg");

        Assert.Empty(await Flows.Steps(page, "left"));
        Flows.AssertLayersInOrder(await Flows.Steps(page, "right"));
        await tab.AssertAccessible("plan");
        tab.AssertNoProblems();
    }

    /// <summary>
    /// With one calf ticked, the questions about the other are hidden; what is left must still fit the phone. With only
    /// the right calf ticked, its first question once sat beside the floated heading, squeezed to no width, its choices
    /// spilling to 667px so the phone zoomed the page out.
    /// </summary>
    [SkippableTheory]
    [InlineData("left")]
    [InlineData("right")]
    public async Task Questions_OneCalfTicked_FitTheWidthOfThePhone(string leg)
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);
        await page.GotoAsync("/screening");

        foreach (var each in Flows.BothLegs)
        {
            await page.Locator($"input[name=legs][value={each}]").SetCheckedAsync(each == leg);
        }

        await Expect(page.Locator($"fieldset.per-leg [data-leg={leg}] fieldset.answer").First).ToBeVisibleAsync();
        await tab.AssertAccessible($"questions-{leg}-calf");
        tab.AssertNoProblems();
    }
}
