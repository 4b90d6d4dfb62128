using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Ical.Net.DataTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Reminders;

/// <summary>The reminder schedule and its calendar feed, through the API, the feed read back with Ical.Net.</summary>
public sealed class CalendarFeedTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    /// <summary>A signed-in client whose account keeps the given time zone, as the register form's hidden field gives it.</summary>
    private async Task<HttpClient> Person(string zone = "America/New_York")
    {
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/register");
        await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", TestApi.NewEmail()).Set("password", TestApi.Password).Set("timeZone", zone));
        return browser.Client;
    }

    private static async Task SetSchedule(HttpClient client, string time, params string[] days)
    {
        var response = await client.PutAsJsonAsync("/api/reminders", new { days, time });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Uri> NewFeed(HttpClient client)
    {
        var response = await client.PostAsync("/api/reminders/feed", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await TestApi.Json(response);
        Assert.StartsWith("webcal://localhost/calendar/", (string?)json["webcal"], StringComparison.Ordinal);
        return new Uri((string)json["url"]!);
    }

    /// <summary>Fetches a feed as a calendar app would: no cookie, only the address.</summary>
    private Task<HttpResponseMessage> Fetch(Uri feed) =>
        factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = SoleusFactory.Https }).GetAsync(feed.PathAndQuery);

    [Fact]
    public async Task Feed_WeeklySchedule_OneRecurringEventInThePersonsZone()
    {
        var client = await Person("America/New_York");
        await SetSchedule(client, "07:30", "thursday", "monday");
        var feed = await NewFeed(client);

        var response = await Fetch(feed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("America/New_York", Assert.Single(calendar.TimeZones).TzId);
        var reminder = Assert.Single(calendar.Events);
        Assert.Equal("Calf session", reminder.Summary);
        Assert.Equal(new Uri("https://localhost/screening"), reminder.Url);
        Assert.Equal("America/New_York", reminder.DtStart!.TzId);
        Assert.Equal(FrequencyType.Weekly, reminder.RecurrenceRule!.Frequency);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], reminder.RecurrenceRule.ByDay.Select(d => d.DayOfWeek).Order());
        var occurrences = calendar.GetOccurrences(reminder.DtStart).Take(6).Select(o => o.Period.StartTime).ToList();
        Assert.All(occurrences, o => Assert.Equal(("America/New_York", 7, 30), (o.TzId, o.Hour, o.Minute)));
        Assert.Equal(3, occurrences.Count(o => o.DayOfWeek == DayOfWeek.Monday));
        Assert.Equal(3, occurrences.Count(o => o.DayOfWeek == DayOfWeek.Thursday));
    }

    [Fact]
    public async Task Feed_HoldsNoHealthWordOrValue()
    {
        var client = await Person();
        var marker = $"marker{Guid.NewGuid():N}";
        var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-2), tightnessBefore: 9, tightnessAfter: 8);
        session["notes"] = marker;
        session["stopReason"] = "swelling-or-redness";
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(client, "/api/sessions", TestApi.Text(session))).StatusCode);
        await SetSchedule(client, "18:00", "saturday");

        var text = await (await Fetch(await NewFeed(client))).Content.ReadAsStringAsync();

        Assert.Contains("Calf session", text, StringComparison.Ordinal);
        foreach (var word in new[] { marker, "pain", "tight", "swell", "red", "numb", "stop", "clot", "verdict", "rating", "@example.org" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task NewFeed_OldAddressGives404AndTurningItOffKillsTheNewOne()
    {
        var client = await Person();
        await SetSchedule(client, "06:00", "tuesday");
        var old = await NewFeed(client);
        Assert.Equal(HttpStatusCode.OK, (await Fetch(old)).StatusCode);

        var replacement = await NewFeed(client);

        Assert.NotEqual(old, replacement);
        Assert.Equal(HttpStatusCode.NotFound, (await Fetch(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Fetch(replacement)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/reminders/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Fetch(replacement)).StatusCode);
        Assert.False((bool)(await TestApi.Json(await client.GetAsync("/api/reminders")))["feed"]!);
    }

    [Fact]
    public async Task Feed_TwoPeople_EachAddressShowsOnlyItsOwnersSchedule()
    {
        var mine = await Person("Europe/London");
        await SetSchedule(mine, "07:15", "monday");
        var theirs = await Person("Asia/Tokyo");
        await SetSchedule(theirs, "21:45", "saturday", "sunday");
        var myFeed = await NewFeed(mine);
        var theirFeed = await NewFeed(theirs);

        var my = Assert.Single(Calendar.Load(await (await Fetch(myFeed)).Content.ReadAsStringAsync())!.Events);
        var their = Assert.Single(Calendar.Load(await (await Fetch(theirFeed)).Content.ReadAsStringAsync())!.Events);

        Assert.Equal(("Europe/London", 7, 15), (my.DtStart!.TzId, my.DtStart.Hour, my.DtStart.Minute));
        Assert.Equal([DayOfWeek.Monday], my.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek));
        Assert.Equal(("Asia/Tokyo", 21, 45), (their.DtStart!.TzId, their.DtStart.Hour, their.DtStart.Minute));
        Assert.Equal(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }.Order(), their.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek).Order());
        Assert.NotEqual(my.Uid, their.Uid);
    }

    [Fact]
    public async Task Feed_NoZoneKept_InUtc()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        await SetSchedule(client, "12:00", "wednesday");

        var reminder = Assert.Single(Calendar.Load(await (await Fetch(await NewFeed(client))).Content.ReadAsStringAsync())!.Events);

        Assert.True(reminder.DtStart!.IsUtc);
        Assert.Equal(12, reminder.DtStart.Hour);
        Assert.Equal("UTC", (string?)(await TestApi.Json(await client.GetAsync("/api/reminders")))["timeZone"]);
    }

    [Theory]
    [InlineData("[]", "\"07:30\"", "days")]
    [InlineData("[\"funday\"]", "\"07:30\"", "days")]
    [InlineData("[\"monday\",\"monday\"]", "\"07:30\"", "days")]
    [InlineData("[\"Monday\"]", "\"07:30\"", "days")]
    [InlineData("null", "\"07:30\"", "days")]
    [InlineData("[\"monday\"]", "\"24:00\"", "time")]
    [InlineData("[\"monday\"]", "\"7:30\"", "time")]
    [InlineData("[\"monday\"]", "\"07:30:00\"", "time")]
    [InlineData("[\"monday\"]", "null", "time")]
    public async Task SetSchedule_BadInput_422NamingTheFieldAndItsRange(string days, string time, string field)
    {
        var client = await Person();

        var response = await client.PutAsync("/api/reminders", new StringContent($"{{\"days\":{days},\"time\":{time}}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        Assert.Equal([field], errors.Select(e => e.Key));
        Assert.Contains(field == "days" ? "monday, tuesday" : "00:00 to 23:59", (string?)errors[field]![0], StringComparison.Ordinal);
        Assert.Null((await TestApi.Json(await client.GetAsync("/api/reminders")))["days"]);
    }

    [Fact]
    public async Task Reminders_SignedOut_401AndAnUnknownFeedIs404()
    {
        var client = factory.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/reminders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/reminders/feed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/calendar/{new string('A', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/calendar/short.ics")).StatusCode);
    }

    [Fact]
    public async Task Feed_Fetched_NotAuditedButMakingOneIs()
    {
        var client = await Person();
        await SetSchedule(client, "08:00", "friday");
        var feed = await NewFeed(client);
        var before = await AuditCount();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Fetch(feed)).StatusCode);
        }

        Assert.Equal(before, await AuditCount());
        await NewFeed(client);
        Assert.Equal(before + 1, await AuditCount());
    }

    private async Task<int> AuditCount()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents.CountAsync();
    }
}
