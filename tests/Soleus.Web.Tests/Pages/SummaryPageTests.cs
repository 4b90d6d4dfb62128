using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Screening;

namespace Soleus.Web.Tests.Pages;

public sealed class SummaryPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Summary_Default_ShowsProfileFlagsScreeningStopsSessionsTrendsSpotsAndReferrals()
    {
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var browser = new Browser(factory.Client());
        var email = await Flows.SignedInReady(browser);
        await Flows.AnswerAll(browser, Browser.FormByButton(await browser.Open("/profile"), "Save my answers"), new Dictionary<string, string> { ["answers.recovering-calf-strain"] = "not-sure" });
        await Flows.Screen(browser, new Dictionary<string, string> { ["answers.profile-changed"] = "no", ["answers.calf-red-warm"] = "yes" });
        var now = Flows.Now(factory);
        foreach (var day in new[] { 6, 3 })
        {
            var session = TestApi.Session(Guid.NewGuid(), now.AddDays(-day));
            session["stopReason"] = "sharp-pain";
            await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(session));
        }

        var page = await browser.Open("/summary");

        Assert.Equal(Day(now.AddDays(-89)), page.QuerySelector<IHtmlInputElement>("#from")!.Value);
        Assert.Equal(Day(now), page.QuerySelector<IHtmlInputElement>("#to")!.Value);
        Assert.Contains(email, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var flag = Assert.Single(page.QuerySelectorAll("ul.flags li")).TextContent;
        Assert.Contains("Not sure", flag, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Question("recovering-calf-strain").Text, flag, StringComparison.Ordinal);
        var stop = Assert.Single(page.QuerySelectorAll("ol.stops > li")).TextContent;
        Assert.Contains("Emergency", stop, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Render(questionnaire.Emergency.ClotInstruction), stop, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Question("calf-red-warm").Text, stop, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("ol.sessions > li").Length);
        Assert.All(page.QuerySelectorAll("ol.sessions > li"), li => Assert.Equal("Felt looser afterwards.", li.QuerySelector(".session-notes")!.TextContent));
        Assert.Equal(2, page.QuerySelectorAll("svg[role='img']").Length);
        Assert.NotNull(page.QuerySelector("table.spot-map"));
        Assert.Equal("two-safety-stops", Assert.Single(page.QuerySelectorAll(".referrals li")).GetAttribute("data-rule"));
        Assert.True(page.QuerySelectorAll("section.sheet").Length >= 6);
    }

    [Fact]
    public async Task Summary_ChosenPeriod_LeavesOutSessionsOutsideIt()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);
        await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-40))));
        await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-10))));
        await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-1))));
        var first = await browser.Open("/summary");

        var page = await browser.Submit(Browser.FormWith(first, "from"), f => f.Set("from", Day(now.AddDays(-20))).Set("to", Day(now.AddDays(-5))));

        var session = Assert.Single(page.QuerySelectorAll("ol.sessions > li"));
        Assert.Contains(now.AddDays(-10).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), session.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_StartAfterEnd_SaysSoAndShowsTheDefaultPeriod()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var now = Flows.Now(factory);

        var page = await browser.Open($"/summary?from={Day(now)}&to={Day(now.AddDays(-3))}");

        Assert.NotNull(page.GetElementById("from-error"));
        Assert.Equal(Day(now.AddDays(-92)), page.QuerySelector<IHtmlInputElement>("#from")!.Value);
    }

    [Fact]
    public async Task Summary_Print_HasAPrintStylesheetThatDropsTheNavigationAndBreaksPages()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);

        var page = await browser.Open("/summary");

        var link = page.QuerySelector("link[rel='stylesheet'][media='print']")!;
        var response = await browser.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Matches(@"\.site-header nav[^{]*\{[^}]*display: none", css);
        Assert.Contains(".sheet + .sheet { break-before: page; }", css, StringComparison.Ordinal);
        Assert.Contains("color: #000", css, StringComparison.Ordinal);
    }
}
