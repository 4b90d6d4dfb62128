using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>
/// The account page's reminders: a schedule refused without a day, then saved; a calendar address made, read by a
/// client without the person's cookie as a calendar app would, made anew (the old one stops) and turned off. Axe checks
/// each state and the page must fit a phone held either way and a laptop.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class RemindersTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(844, 390)]
    [InlineData(1280, 800)]
    public async Task Reminders_ScheduleSavedAndCalendarAddressMadeRenewedAndTurnedOff(int width, int height)
    {
        await using var tab = await fixture.Open($"{width}x{height}", options =>
        {
            options.ViewportSize = new() { Width = width, Height = height };
            options.TimezoneId = "Europe/Berlin";
        });
        var page = tab.Page;
        await Flows.Register(page);
        await Flows.AcceptDisclaimer(page);
        using var calendarApp = new HttpClient();

        await page.GotoAsync("/account");
        await Expect(page.GetByText("In Berlin time.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the schedule" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Choose at least one day.");
        await tab.AssertAccessible("no-day");

        await page.GetByLabel("Monday").CheckAsync();
        await page.GetByLabel("Thursday").CheckAsync();
        await page.GetByLabel("Time").FillAsync("07:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the schedule" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("Your schedule is saved.");
        await Expect(page.GetByLabel("Thursday")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Time")).ToHaveValueAsync("07:30");
        await tab.AssertAccessible("saved");

        await page.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" }).ClickAsync();
        var first = await page.GetByLabel("Your calendar address").InputValueAsync();
        Assert.Matches(FeedUrl(), first);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open it in my calendar app" })).ToHaveAttributeAsync("href", new Regex("^webcal://"));
        await tab.AssertAccessible("address");
        var feed = await calendarApp.GetStringAsync(first);
        Assert.Contains("SUMMARY:Calf session", feed, StringComparison.Ordinal);
        Assert.Contains("TZID=Europe/Berlin:", feed, StringComparison.Ordinal);
        Assert.Matches("RRULE:FREQ=WEEKLY;BYDAY=MO,TH", feed);

        await page.GotoAsync("/account");
        await Expect(page.GetByLabel("Your calendar address")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new calendar address" }).ClickAsync();
        var second = await page.GetByLabel("Your calendar address").InputValueAsync();
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(second)).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Turn the calendar address off" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("The calendar address no longer works.");
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(second)).StatusCode);
        await tab.AssertAccessible("off");
        tab.AssertNoProblems();
    }

    [GeneratedRegex("^http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics$")]
    private static partial Regex FeedUrl();
}
