using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// The finish moment after a session played to its end: the session's time and each calf's steps, as played, then
/// the ratings after beside the ones before, then the rest of the form.
/// </summary>
public sealed partial class PlayerTests
{
    [SkippableFact]
    public async Task Player_FinishMoment_ShowsTheTimeAndEachCalfsStepsThenTheRatingsBesideTheOnesBefore()
    {
        await using var tab = await fixture.Open();
        var page = await Visitor(tab);
        await StartPlaying(page, speed: 50, legs: ["left", "right"]);
        await WaitForState(page, "completed");

        var plan = await page.EvaluateAsync<JsonElement>("() => JSON.parse(document.getElementById('soleus-player').textContent).timeline");
        var segments = plan.GetProperty("segments").EnumerateArray().ToList();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session complete" })).ToBeFocusedAsync();
        await Expect(page.Locator("#done-time")).ToHaveTextAsync(Clock(plan.GetProperty("cues").EnumerateArray().Last().GetProperty("atSeconds").GetDouble()));
        foreach (var leg in new[] { "left", "right" })
        {
            var steps = segments.Where(s => s.GetProperty("leg").GetString() == leg).ToList();
            var seconds = steps.Sum(s => s.GetProperty("durationSeconds").GetDouble());
            await Expect(page.Locator($"#done-legs li[data-leg='{leg}']")).ToHaveTextAsync(
                $"{(leg == "left" ? "Left" : "Right")} calf: {steps.Count} of {steps.Count} steps done, {Clock(seconds)} of massage");
        }

        // Tightness and pain after, each beside the rating before (6 and 2 on the plan form).
        await Expect(page.Locator("#tightness-before-left")).ToHaveTextAsync("Before 6");
        await Expect(page.Locator("#pain-before-right")).ToHaveTextAsync("Before 2");
        await Expect(page.GetByLabel("Tightness now (0 to 10)").First).ToHaveAccessibleDescriptionAsync("Before 6");
        await tab.AssertAccessible("finish-moment");
        await BothOrientations(tab, "finish-moment");

        await page.GetByLabel("Tightness now (0 to 10)").First.FillAsync("3");
        await Save(page);
        await Expect(page.Locator("#saved-text")).ToHaveTextAsync("Kept in this browser only.");
        tab.AssertNoProblems();
    }

    /// <summary>"1:05", as the player writes a time: whole seconds, rounded up.</summary>
    private static string Clock(double seconds)
    {
        var total = (int)Math.Ceiling(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{total / 60}:{total % 60:00}");
    }
}
