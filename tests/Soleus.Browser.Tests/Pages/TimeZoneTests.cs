using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>The browser's own time zone reaches the account, so the dates the server writes are in it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class TimeZoneTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Register_InNewYork_TheAccountKeepsTheZoneAndHistoryWritesItsTimes()
    {
        await using var tab = await fixture.Open(configure: options => options.TimezoneId = "America/New_York");
        var page = tab.Page;

        await Flows.Register(page);
        var now = DateTimeOffset.UtcNow;
        var startedAt = new DateTimeOffset(now.Year, now.Month, now.Day, 3, 30, 0, TimeSpan.Zero).AddDays(-10);
        await Flows.SaveSession(page, startedAt, tightnessBefore: 6, tightnessAfter: 3);
        var inNewYork = TimeZoneInfo.ConvertTime(startedAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        await page.GotoAsync("/account");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("New York time (America/New_York), from your browser");
        await page.GotoAsync("/history?months=12");
        // Written by the server in the kept zone (the title keeps its words once local-times.js has shown the browser's).
        await Expect(page.Locator("ol.sessions time").First).ToHaveAttributeAsync("title", inNewYork.ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " New York time");
        await tab.AssertAccessible("history");
        tab.AssertNoProblems();
    }
}
