using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Tests.Api;

public sealed class PlansApiTests : IClassFixture<SoleusFactory>
{
    private static readonly string[] Voices = ["interrupt", "queue", "if-idle"];

    private readonly SoleusFactory factory;
    private readonly HttpClient client;

    public PlansApiTests(SoleusFactory factory) => (this.factory, client) = (factory, factory.Client());

    private async Task<(HttpResponseMessage Response, JsonNode Json)> Plan(JsonObject request)
    {
        var response = await TestApi.Post(client, "/api/plans", TestApi.Text(request));
        return (response, await TestApi.Json(response));
    }

    [Fact]
    public async Task Create_BothLegsEightMinutes_PreparationSegmentsAndEveryCueFlattened()
    {
        var (response, json) = await Plan(TestApi.PlanRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (int)json["preparation"]!["warmUp"]!["minutes"]!["min"]!);
        Assert.Equal("chair", (string?)json["position"]!["id"]);
        var timeline = json["timeline"]!;
        var segments = timeline["segments"]!.AsArray();
        string[] order = ["warm-up", "knead", "trigger-points", "strip", "foam-roller"];
        Assert.Equal([.. order, .. order], segments.Select(s => (string?)s!["stepId"]));
        Assert.Equal(["left", "right"], segments.Select(s => (string?)s!["leg"]).Distinct());
        Assert.All(segments, s => Assert.True((double)s!["durationSeconds"]! > 0));
        var cues = timeline["cues"]!.AsArray();
        Assert.Equal(Enumerable.Range(0, cues.Count), cues.Select(c => (int)c!["index"]!));
        Assert.All(cues, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)c!["text"]));
            Assert.Contains((string?)c["voice"], Voices);
            Assert.True((double)c["endsAtSeconds"]! >= (double)c["atSeconds"]!);
        });
        Assert.All(cues.Where(c => (string?)c!["kind"] == "hold-start"), c => Assert.InRange((double)c!["holdSeconds"]!, 20, 30));
        Assert.Equal("end", (string?)cues[^1]!["kind"]);
        Assert.Equal((double)timeline["totalSeconds"]!, (double)cues[^1]!["atSeconds"]!);
        Assert.Equal(405, (int)json["plan"]!["secondsPerCalf"]!);
        // The left calf with the pause to brief each step: 477 of the 480 s asked.
        Assert.Equal(477, segments.Take(order.Length).Sum(s => (double)s!["endSeconds"]! - (double)s["readyAtSeconds"]!));
        Assert.Equal(["hands", "foam-roller"], json["plan"]!["equipment"]!.AsArray().Select(e => (string?)e));
        Assert.Empty(json["plan"]!["notes"]!.AsArray());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(30)]
    public async Task Create_MinutesOutsideWhatTheMethodAllows_422NamingTheRange(int minutes)
    {
        var (response, json) = await Plan(TestApi.PlanRequest(minutes: minutes));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = json["errors"]!.AsObject();
        Assert.Equal(["minutesPerCalf"], errors.Select(e => e.Key));
        Assert.Equal(PlanRequest.MinutesRule(factory.Services.GetRequiredService<Protocol>()), (string?)errors["minutesPerCalf"]![0]);
        Assert.Contains("from 6 to 10", (string?)errors["minutesPerCalf"]![0], StringComparison.Ordinal);
        Assert.Null(json["timeline"]);
    }

    [Fact]
    public async Task Create_GastrocnemiusWithRoller_PlanSaysWhyTheRollerIsLeftOut()
    {
        var request = TestApi.PlanRequest();
        request["emphasis"] = "gastrocnemius";

        var (response, json) = await Plan(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(json["timeline"]!["segments"]!.AsArray(), s => (string?)s!["stepId"] == "foam-roller");
        Assert.Equal(["hands"], json["plan"]!["equipment"]!.AsArray().Select(e => (string?)e));
        Assert.Equal(["Your foam roller is left out: this plan favours the gastrocnemius, which your hands reach best."], json["plan"]!["notes"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [InlineData("breathing-chest-symptoms", "emergency")]
    [InlineData("calf-red-warm", "emergency")]
    [InlineData("pain-persisting", "professional-first")]
    public async Task Create_BlockingAnswer_422NamingTheVerdictAndNoSegments(string question, string verdict)
    {
        var answers = TestApi.AllNo();
        answers[question] = "not-sure";

        var (response, json) = await Plan(TestApi.PlanRequest(answers));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(verdict, (string?)json["verdict"]);
        Assert.Null(json["timeline"]);
    }

    [Fact]
    public async Task Create_SkinProblemOnBothLegs_422NoLegLeft()
    {
        var answers = TestApi.AllNo();
        answers["skin-or-veins"] = new JsonObject { ["left"] = "yes", ["right"] = "not-sure" };

        var (response, json) = await Plan(TestApi.PlanRequest(answers));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("avoid-area", (string?)json["verdict"]);
    }

    [Theory]
    [InlineData("minutesPerCalf", "0", "minutesPerCalf")]
    [InlineData("minutesPerCalf", "61", "minutesPerCalf")]
    [InlineData("minutesPerCalf", "\"eight\"", "minutesPerCalf")]
    [InlineData("minutesPerCalf", "8.5", "minutesPerCalf")]
    [InlineData("emphasis", "\"calf\"", "emphasis")]
    [InlineData("equipment", "[\"hands\",\"kettlebell\"]", "equipment")]
    [InlineData("position", "\"hammock\"", "position")]
    [InlineData("position", "\"foam-roller\"", "position")]
    [InlineData("activities", "[\"swimming\"]", "activities")]
    [InlineData("surprise", "1", "surprise")]
    public async Task Create_BadField_422NamingIt(string field, string value, string expected)
    {
        var request = TestApi.PlanRequest();
        request[field] = JsonNode.Parse(value);

        var (response, json) = await Plan(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(json["errors"]!.AsObject().ContainsKey(expected), json.ToJsonString());
    }

    [Fact]
    public async Task Create_AutoEmphasisWithoutActivities_422NamingActivities()
    {
        var request = TestApi.PlanRequest();
        request["emphasis"] = "auto";

        var (response, json) = await Plan(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(json["errors"]!.AsObject().ContainsKey("activities"));
    }

    [Fact]
    public async Task Create_OversizedBody_413()
    {
        var request = TestApi.PlanRequest();
        request["activities"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(_ => (JsonNode?)JsonValue.Create("cycling"))]);

        var response = await TestApi.Post(client, "/api/plans", TestApi.Text(request));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Create_AfterTwoSafetyStopsThisWeek_422ProfessionalFirstFromHistory()
    {
        var signedIn = factory.Client();
        await TestApi.Register(signedIn);
        foreach (var day in new[] { 4, 1 })
        {
            var stopped = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-day));
            stopped["stopReason"] = "sharp-pain";
            await TestApi.Post(signedIn, "/api/sessions", TestApi.Text(stopped));
        }

        var response = await TestApi.Post(signedIn, "/api/plans", TestApi.Text(TestApi.PlanRequest()));
        var json = await TestApi.Json(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("professional-first", (string?)json["verdict"]);
        Assert.Contains(json["screening"]!["reasons"]!.AsArray(), r => (string?)r!["questionId"] == "two-safety-stops");
    }
}
