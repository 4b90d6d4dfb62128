using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Pages;

/// <summary>
/// The time zone a signed-in person's browser gives (local-times.js fills the forms' hidden field) is kept with the
/// account when it is an IANA id the server knows, and the dates and times the pages write are in it.
/// </summary>
public sealed class TimeZonePageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static async Task<string> Register(Browser browser, string zone)
    {
        var email = TestApi.NewEmail();
        var page = await browser.Open("/account/register");
        await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", email).Set("password", TestApi.Password).Set("timeZone", zone));
        return email;
    }

    private async Task<string?> KeptZone(string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.Where(a => a.Email == email).Select(a => a.TimeZone).SingleAsync();
    }

    private static string InNewYork(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, NewYork).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " New York time";

    [Fact]
    public async Task Register_BrowsersZone_KeptAndTheAccountPageSaysSo()
    {
        var browser = new Browser(factory.Client());

        var email = await Register(browser, "America/New_York");

        Assert.Equal("America/New_York", await KeptZone(email));
        var account = await browser.Open("/account");
        Assert.Equal("New York time (America/New_York), from your browser", account.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "Time zone").NextElementSibling!.TextContent.Trim());
        Assert.Equal("America/New_York", (string?)(await TestApi.Json(await browser.Client.GetAsync("/api/account/export")))["account"]!["timeZone"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Eastern Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/London/../../etc/passwd")]
    public async Task Register_ZoneNotAnIanaIdTheServerKnows_NotKept(string zone)
    {
        var browser = new Browser(factory.Client());

        var email = await Register(browser, zone);

        Assert.Null(await KeptZone(email));
        var account = await browser.Open("/account");
        Assert.StartsWith("Not known yet, so dates show in UTC.", account.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "Time zone").NextElementSibling!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInAndQuestions_AnotherZone_TheLatestIsKept()
    {
        var email = await Register(new Browser(factory.Client()), "Europe/London");
        var browser = new Browser(factory.Client());
        var signIn = await browser.Open("/account/sign-in");

        await browser.Submit(Browser.FormByButton(signIn, "Sign in"), f => f.Set("email", email).Set("password", TestApi.Password).Set("timeZone", "Asia/Tokyo"));
        Assert.Equal("Asia/Tokyo", await KeptZone(email));

        await Flows.AcceptDisclaimer(browser);
        await Flows.Screen(browser, change: f => f.Set("timeZone", "Australia/Sydney"));
        Assert.Equal("Australia/Sydney", await KeptZone(email));
    }

    [Fact]
    public async Task HistoryAndSummary_ZoneKept_SessionTimesWrittenInIt()
    {
        var browser = new Browser(factory.Client());
        await Register(browser, "America/New_York");
        var now = Flows.Now(factory);
        var startedAt = now.AddDays(-2);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), startedAt)))).StatusCode);

        var history = await browser.Open("/history");
        var summary = await browser.Open("/summary");

        foreach (var page in new[] { history, summary })
        {
            var time = page.QuerySelector("ol.sessions time")!;
            Assert.Equal(InNewYork(startedAt), time.TextContent.Trim());
            Assert.Equal(startedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
        }

        Assert.Contains(InNewYork(now), summary.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_NoZoneKept_TimesInUtc()
    {
        var browser = new Browser(factory.Client());
        await Register(browser, "");
        var startedAt = Flows.Now(factory).AddDays(-2);
        await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), startedAt)));

        var history = await browser.Open("/history");

        Assert.Equal(startedAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC", history.QuerySelector("ol.sessions time")!.TextContent.Trim());
    }
}
