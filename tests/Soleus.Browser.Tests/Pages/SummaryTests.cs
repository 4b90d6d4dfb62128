using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>The printable summary, as the browser lays it out for paper.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SummaryTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Summary_PrintMedia_HidesTheNavigationAndFormsAndPrintsEverySection()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.SignedInReady(page);
        var now = DateTimeOffset.UtcNow;
        await Flows.SaveSession(page, now.AddDays(-4), tightnessBefore: 7, tightnessAfter: 4);
        await Flows.SaveSession(page, now.AddHours(-3), tightnessBefore: 6, tightnessAfter: null, stopReason: "numbness");
        await page.GotoAsync("/summary");
        await Expect(page.Locator("header nav")).ToBeVisibleAsync();
        await tab.Screenshot("screen");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator("header nav")).ToBeHiddenAsync();
        await Expect(page.Locator("form.period-form")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Summary for your physiotherapist");
        var sheets = page.Locator("section.sheet");
        await Expect(sheets).ToHaveCountAsync(7);
        foreach (var sheet in await sheets.AllAsync())
        {
            await Expect(sheet).ToBeVisibleAsync();
        }

        Assert.Equal("page", await sheets.Nth(1).EvaluateAsync<string>("s => getComputedStyle(s).breakBefore"));
        Assert.Equal("rgb(0, 0, 0)", await page.Locator("main").EvaluateAsync<string>("m => getComputedStyle(m).color"));
        await Expect(page.Locator(".chart-table table").First).ToBeVisibleAsync();
        await Expect(page.Locator(".sessions")).ToContainTextAsync("Numbness", new() { IgnoreCase = true });
        await tab.Screenshot("print");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task HistoryAndSummary_InNewYork_ShowTimesAndDaysInTheReadersZoneAndOfferAPrintButton()
    {
        await using var tab = await fixture.Open(configure: o => o.TimezoneId = "America/New_York");
        var page = tab.Page;
        await Flows.SignedInReady(page);
        var started = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-2).AddHours(14).AddMinutes(30), TimeSpan.Zero);
        await Flows.SaveSession(page, started, tightnessBefore: 6, tightnessAfter: 3);

        await page.GotoAsync("/history");
        var shown = page.Locator($"time[datetime='{started.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}']").First;

        await Expect(shown).ToContainTextAsync("09:30");
        await Expect(shown).ToContainTextAsync(new System.Text.RegularExpressions.Regex("EST|GMT-5"));
        await Expect(shown).Not.ToContainTextAsync("UTC");
        await page.GotoAsync("/summary");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" })).ToBeVisibleAsync();
        await tab.AssertAccessible("summary-in-new-york");

        // 02:00 UTC is the evening before in New York: a summary of that New York day holds it, one of the UTC day does not.
        var evening = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-4).AddHours(2), TimeSpan.Zero);
        await Flows.SaveSession(page, evening, tightnessBefore: 5, tightnessAfter: 4);
        var newYorkDay = $"{evening.UtcDateTime.AddDays(-1):yyyy-MM-dd}";
        await page.GotoAsync($"/summary?from={newYorkDay}&to={newYorkDay}");
        await Expect(page.Locator("li.session")).ToHaveCountAsync(1);
        await page.GotoAsync($"/summary?from={evening.UtcDateTime:yyyy-MM-dd}&to={evening.UtcDateTime:yyyy-MM-dd}");
        await Expect(page.Locator("li.session")).ToHaveCountAsync(0);
        tab.AssertNoProblems();
    }
}
