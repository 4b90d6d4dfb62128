using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Screening;

namespace Soleus.Web.Tests.Pages;

public sealed class HistoryPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static async Task Save(Browser browser, JsonObject session) =>
        Assert.Equal(System.Net.HttpStatusCode.Created, (await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(session))).StatusCode);

    [Fact]
    public async Task History_SessionsSavedThroughTheApi_ListedWithAChartAndATablePerLeg()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-3), tightnessBefore: 7, tightnessAfter: 4));
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-1), tightnessBefore: 5, tightnessAfter: 2));

        var page = await browser.Open("/history");

        var sessions = page.QuerySelectorAll("ol.sessions > li");
        Assert.Equal(2, sessions.Length);
        Assert.Contains("5 → 2", sessions[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("7 → 4", sessions[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Finished", sessions[0].TextContent, StringComparison.Ordinal);
        var charts = page.QuerySelectorAll("svg[role='img']");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, c => Assert.Equal(2, c.QuerySelectorAll("circle.dot-before").Length));
        Assert.All(charts, c => Assert.NotNull(c.QuerySelector("title")));
        var table = page.QuerySelector("details table")!;
        Assert.Equal(["7", "4", "5", "2"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task History_TenderSpots_CountedOnTheMap()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-2)));
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-1)));

        var page = await browser.Open("/history");

        var map = Assert.Single(page.QuerySelectorAll("table.spot-map"));
        Assert.StartsWith("Left calf", map.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var middle = map.QuerySelectorAll("tbody tr")[1];
        Assert.Equal("Middle", middle.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(["0 times", "2 times", "0 times"], middle.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task History_TwoSafetyStopsInAWeek_ShowsTheReferralPlainly()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        foreach (var day in new[] { 5, 2 })
        {
            var session = TestApi.Session(Guid.NewGuid(), now.AddDays(-day));
            session["stopReason"] = "numbness";
            await Save(browser, session);
        }

        var page = await browser.Open("/history");

        var referral = Assert.Single(page.QuerySelectorAll(".referrals li"));
        Assert.Equal("two-safety-stops", referral.GetAttribute("data-rule"));
        Assert.Contains(questionnaire.Referral("two-safety-stops").Message, referral.TextContent, StringComparison.Ordinal);
        Assert.Contains(questionnaire.StopAdvice.Single(a => a.Reason == Soleus.Domain.Sessions.StopReason.Numbness).Title, page.QuerySelector("ol.sessions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AnotherPersonsSessions_NotShown()
    {
        var other = new Browser(factory.Client());
        await Flows.Register(other);
        await Save(other, TestApi.Session(Guid.NewGuid(), Flows.Now(factory).AddDays(-1)));
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);

        var page = await browser.Open("/history");

        Assert.Empty(page.QuerySelectorAll("ol.sessions > li"));
        Assert.Empty(page.QuerySelectorAll("svg"));
        Assert.Empty(page.QuerySelectorAll(".referrals li"));
    }

    [Fact]
    public async Task History_Period_ThreeMonthsUnlessChosen_AndTheLinksChooseOneOrTwelve()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        foreach (var days in new[] { 200, 50, 10 })
        {
            await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-days)));
        }

        foreach (var (path, sessions, current) in new[] { ("/history", 2, "3 months"), ("/history?months=1", 1, "1 month"), ("/history?months=12", 3, "12 months") })
        {
            var page = await browser.Open(path);

            Assert.Equal(sessions, page.QuerySelectorAll("ol.sessions > li").Length);
            Assert.All(page.QuerySelectorAll("svg[role='img']"), c => Assert.Equal(sessions, c.QuerySelectorAll("circle.dot-before").Length));
            Assert.Equal(current, Assert.Single(page.QuerySelectorAll(".period-nav a[aria-current='page']")).TextContent.Trim());
            Assert.Equal(["/history?months=1", "/history?months=3", "/history?months=12"], page.QuerySelectorAll(".period-nav a").Select(a => a.GetAttribute("href")));
            Assert.Null(page.QuerySelector(".notice"));
        }
    }

    [Theory]
    [InlineData("7")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public async Task History_PeriodNotOffered_ShowsThreeMonthsAndSaysSo(string months)
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-50)));
        await Save(browser, TestApi.Session(Guid.NewGuid(), now.AddDays(-200)));

        var page = await browser.Open($"/history?months={Uri.EscapeDataString(months)}");

        Assert.Contains("1, 3 or 12 months", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("ol.sessions > li"));
        Assert.Equal("3 months", page.QuerySelector(".period-nav a[aria-current='page']")!.TextContent.Trim());
    }

    [Fact]
    public async Task History_ShortPeriod_ReferralsStillReadTheWholeYear()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        foreach (var (days, painAfter) in new[] { (70, 1), (55, 2), (40, 3) })
        {
            var session = TestApi.Session(Guid.NewGuid(), now.AddDays(-days));
            session["ratings"]![0]!["painAfter"] = painAfter;
            await Save(browser, session);
        }

        var page = await browser.Open("/history?months=1");

        Assert.Empty(page.QuerySelectorAll("ol.sessions > li"));
        Assert.Equal("pain-after-rising", Assert.Single(page.QuerySelectorAll(".referrals li")).GetAttribute("data-rule"));
    }

    [Fact]
    public async Task History_Notes_ShownWithTheirSessionAsPlainText()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        var withNotes = TestApi.Session(Guid.NewGuid(), now.AddDays(-1));
        withNotes["notes"] = "<b>Tight</b> at the mid calf & better after";
        var without = TestApi.Session(Guid.NewGuid(), now.AddDays(-2));
        without.Remove("notes");
        await Save(browser, withNotes);
        await Save(browser, without);

        var page = await browser.Open("/history");

        var sessions = page.QuerySelectorAll("ol.sessions > li");
        var notes = sessions[0].QuerySelector(".session-notes")!;
        Assert.Equal("<b>Tight</b> at the mid calf & better after", notes.TextContent);
        Assert.Null(notes.QuerySelector("b"));
        Assert.Null(sessions[1].QuerySelector(".session-notes"));
    }
}
