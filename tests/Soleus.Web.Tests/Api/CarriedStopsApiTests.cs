using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Soleus.Web.Tests.Api;

/// <summary>
/// Stops carry forward over real HTTP: with an account the server's history decides, and what a browser sends can only
/// make it stricter; without one, the browser's kept stops and clearances do; a clearance is recorded whole or not at all.
/// </summary>
public sealed class CarriedStopsApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private DateTimeOffset Now => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private string Today => Now.UtcDateTime.ToString("yyyy-MM-dd");

    private static JsonObject Body(JsonNode? history = null)
    {
        var body = new JsonObject { ["answers"] = TestApi.AllNo(), ["legs"] = new JsonArray("left", "right") };
        if (history is not null)
        {
            body["history"] = history;
        }

        return body;
    }

    /// <summary>A browser's kept clearance, recorded a minute ago and seen on that minute's day, so a run across midnight UTC stays valid.</summary>
    private JsonObject Clearance(string reason, string? seenOn = null)
    {
        var recordedAt = Now.AddMinutes(-1);
        return new()
        {
            ["who"] = "GP",
            ["seenOn"] = seenOn ?? recordedAt.UtcDateTime.ToString("yyyy-MM-dd"),
            ["recordedAt"] = recordedAt.ToString("O"),
            ["reasons"] = new JsonArray(reason),
        };
    }

    private static async Task<JsonNode> Screen(HttpClient client, JsonObject body) =>
        await TestApi.Json(await TestApi.Post(client, "/api/screening", TestApi.Text(body)));

    [Fact]
    public async Task Screen_AccountWithAStoredStop_ProfessionalFirstWhateverTheBrowserSends()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var session = TestApi.Session(Guid.NewGuid(), Now.AddDays(-1));
        session["stopReason"] = "sharp-pain";
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(client, "/api/sessions", TestApi.Text(session))).StatusCode);

        var nothingSent = await Screen(client, Body());
        var emptyCopy = await Screen(client, Body(new JsonObject()));
        var ownClearance = await Screen(client, Body(new JsonObject { ["clearances"] = new JsonArray(Clearance("stopped-sharp-pain")) }));
        var extraStop = await Screen(client, Body(new JsonObject
        {
            ["stops"] = new JsonArray(new JsonObject { ["reason"] = "swelling-or-redness", ["at"] = Now.AddHours(-2).ToString("O") }),
        }));

        Assert.All([nothingSent, emptyCopy, ownClearance], r => Assert.Equal("professional-first", (string?)r["verdict"]));
        Assert.Contains(nothingSent["reasons"]!.AsArray(), r => (string?)r!["questionId"] == "stopped-sharp-pain" && (string?)r["basis"] == "history");
        Assert.Equal("emergency", (string?)extraStop["verdict"]);

        var recorded = await TestApi.Post(client, "/api/safety/clearances", TestApi.Text(new JsonObject
        {
            ["who"] = "physiotherapist", ["seenOn"] = Today, ["reasons"] = new JsonArray("stopped-sharp-pain"),
        }));
        var cleared = await Screen(client, Body());
        var safety = await TestApi.Json(await client.GetAsync("/api/safety"));

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("proceed", (string?)cleared["verdict"]);
        Assert.Equal("stopped-sharp-pain", (string?)cleared["lifted"]![0]!["reason"]!["questionId"]);
        Assert.Empty(safety["standing"]!.AsArray());
        Assert.Equal("physiotherapist", (string?)Assert.Single(safety["clearances"]!.AsArray())!["who"]);
    }

    [Fact]
    public async Task Screen_NoAccount_TheBrowsersStopStandsUntilItsClearance()
    {
        var client = factory.Client();
        var stop = new JsonObject { ["reason"] = "swelling-or-redness", ["at"] = Now.AddDays(-1).ToString("O") };

        var standing = await Screen(client, Body(new JsonObject { ["stops"] = new JsonArray(stop.DeepClone()) }));
        var seenBefore = await Screen(client, Body(new JsonObject
        {
            ["stops"] = new JsonArray(stop.DeepClone()),
            ["clearances"] = new JsonArray(Clearance("stopped-swelling-or-redness", Now.AddDays(-3).UtcDateTime.ToString("yyyy-MM-dd"))),
        }));
        var seenSince = await Screen(client, Body(new JsonObject
        {
            ["stops"] = new JsonArray(stop.DeepClone()),
            ["clearances"] = new JsonArray(Clearance("stopped-swelling-or-redness")),
        }));
        var forgotten = await Screen(client, Body());

        Assert.Equal("emergency", (string?)standing["verdict"]);
        Assert.NotNull((string?)standing["dvtWarning"]);
        Assert.Equal("emergency", (string?)seenBefore["verdict"]);
        Assert.Equal("proceed", (string?)seenSince["verdict"]);
        Assert.Equal("proceed", (string?)forgotten["verdict"]);
    }

    [Theory]
    [InlineData("""{"stops":[{"reason":"cramp","at":"2026-01-01T00:00:00Z"}]}""", "history.stops[0].reason")]
    [InlineData("""{"clearances":[{"who":"GP","seenOn":"someday","recordedAt":"2026-01-01T00:00:00Z","reasons":["stopped-numbness"]}]}""", "history.clearances[0].seenOn")]
    [InlineData("""[1,2,3]""", "history")]
    public async Task Screen_BadHistory_422NamingTheField(string history, string field)
    {
        var response = await TestApi.Post(factory.Client(), "/api/screening", TestApi.Text(Body(JsonNode.Parse(history))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await TestApi.Json(response))["errors"]![field]);
    }

    [Theory]
    [InlineData("", "2026-01-01", "stopped-numbness", "who")]
    [InlineData("GP", "2999-01-01", "stopped-numbness", "seenOn")]
    [InlineData("GP", "2026-01-01", "calf-red-warm", "reasons")]
    public async Task RecordClearance_BadInput_ProblemDetailsNamingTheFieldAndNothingStored(string who, string seenOn, string reason, string field)
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var response = await TestApi.Post(client, "/api/safety/clearances", TestApi.Text(new JsonObject
        {
            ["who"] = who, ["seenOn"] = seenOn, ["reasons"] = new JsonArray(reason),
        }));
        var safety = await TestApi.Json(await client.GetAsync("/api/safety"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]![field]);
        Assert.Empty(safety["clearances"]!.AsArray());
    }
}
