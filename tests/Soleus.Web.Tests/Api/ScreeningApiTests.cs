using System.Net;
using System.Text.Json.Nodes;

namespace Soleus.Web.Tests.Api;

public sealed class ScreeningApiTests : IClassFixture<SoleusFactory>
{
    private readonly HttpClient client;

    public ScreeningApiTests(SoleusFactory factory) => client = factory.Client();

    private static JsonObject Body(JsonObject answers) => new() { ["answers"] = answers, ["legs"] = new JsonArray("left", "right") };

    [Fact]
    public async Task Questions_Anonymous_ListsEveryQuestionWithScopeAndText()
    {
        var json = await TestApi.Json(await client.GetAsync("/api/screening/questions"));

        var questions = json["questions"]!.AsArray();
        Assert.Equal(15, questions.Count);
        Assert.Contains(questions, q => (string?)q!["id"] == "one-calf-swelling" && (string?)q["scope"] == "session" && ((string?)q["text"])!.Length > 20);
        Assert.Contains(questions, q => (string?)q!["id"] == "pregnant" && (string?)q["scope"] == "profile");
    }

    [Fact]
    public async Task Screen_AllNoAnonymous_ProceedsWithBothLegsCleared()
    {
        var response = await TestApi.Post(client, "/api/screening", TestApi.Text(Body(TestApi.AllNo())));

        var json = await TestApi.Json(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("proceed", (string?)json["verdict"]);
        Assert.Equal(["left", "right"], json["legsCleared"]!.AsArray().Select(l => (string?)l));
        Assert.Empty(json["reasons"]!.AsArray());
    }

    [Theory]
    [InlineData("breathing-chest-symptoms", "yes", "emergency")]
    [InlineData("one-calf-swelling", "not-sure", "emergency")]
    [InlineData("calf-red-warm", "yes", "emergency")]
    [InlineData("numbness-tingling", "not-sure", "professional-first")]
    [InlineData("pregnant", "yes", "professional-first")]
    public async Task Screen_RedFlag_MostSeriousVerdictWithItsReasonAndNoLegCleared(string question, string answer, string verdict)
    {
        var answers = TestApi.AllNo();
        answers[question] = answer;

        var json = await TestApi.Json(await TestApi.Post(client, "/api/screening", TestApi.Text(Body(answers))));

        Assert.Equal(verdict, (string?)json["verdict"]);
        Assert.Contains(json["reasons"]!.AsArray(), r => (string?)r!["questionId"] == question);
        Assert.Empty(json["legsCleared"]!.AsArray());
    }

    [Fact]
    public async Task Screen_Emergency_CarriesTheEmergencyNumberAndTheDvtWarning()
    {
        var answers = TestApi.AllNo();
        answers["breathing-chest-symptoms"] = "yes";

        var json = await TestApi.Json(await TestApi.Post(client, "/api/screening", TestApi.Text(Body(answers))));

        Assert.Equal("112", (string?)json["emergencyNumber"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["dvtWarning"]));
        Assert.Contains("112", (string?)json["advice"]!["text"] + (string?)json["advice"]!["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_SharpPainOnOneLeg_AvoidsThatLegOnly()
    {
        var answers = TestApi.AllNo();
        answers["sharp-pain"] = new JsonObject { ["left"] = "yes", ["right"] = "no" };

        var json = await TestApi.Json(await TestApi.Post(client, "/api/screening", TestApi.Text(Body(answers))));

        Assert.Equal("avoid-area", (string?)json["verdict"]);
        Assert.Equal(["right"], json["legsCleared"]!.AsArray().Select(l => (string?)l));
    }

    [Theory]
    [InlineData("one-calf-swelling", null, "answers.one-calf-swelling")]
    [InlineData("no-such-question", "\"no\"", "answers.no-such-question")]
    [InlineData("calf-red-warm", "\"maybe\"", "answers.calf-red-warm")]
    [InlineData("calf-red-warm", "true", "answers.calf-red-warm")]
    [InlineData("sharp-pain", "\"maybe\"", "answers.sharp-pain")]
    [InlineData("sharp-pain", "{\"left\":\"no\"}", "answers.sharp-pain.right")]
    [InlineData("sharp-pain", "{\"left\":\"no\",\"right\":\"no\",\"middle\":\"no\"}", "answers.sharp-pain.middle")]
    public async Task Screen_BadOrMissingAnswer_422NamingTheField(string question, string? value, string field)
    {
        var answers = TestApi.AllNo();
        if (value is null)
        {
            answers.Remove(question);
        }
        else
        {
            answers[question] = JsonNode.Parse(value);
        }

        var response = await TestApi.Post(client, "/api/screening", TestApi.Text(Body(answers)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected '{field}' in {errors.ToJsonString()}");
    }

    [Theory]
    [InlineData("\"no\"", "proceed", 2)]
    [InlineData("\"not-sure\"", "avoid-area", 0)]
    [InlineData("{\"left\":\"no\",\"right\":\"yes\"}", "avoid-area", 1)]
    public async Task Screen_PlainAnswerToAPerLegQuestion_CountsForEachLegAsked(string value, string verdict, int legsCleared)
    {
        var answers = TestApi.AllNo();
        answers["sharp-pain"] = JsonNode.Parse(value);

        var response = await TestApi.Post(client, "/api/screening", TestApi.Text(Body(answers)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await TestApi.Json(response);
        Assert.Equal(verdict, (string?)json["verdict"]);
        Assert.Equal(legsCleared, json["legsCleared"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("{\"answers\":{},\"legs\":[\"left\"],\"extra\":1}", "extra")]
    [InlineData("{\"answers\":{},\"legs\":[\"middle\"]}", "legs")]
    [InlineData("{\"answers\":{},\"legs\":[]}", "legs")]
    [InlineData("{\"answers\":[],\"legs\":[\"left\"]}", "answers")]
    [InlineData("{\"legs\":[\"left\"]", "$")]
    [InlineData("[]", "$")]
    public async Task Screen_MalformedBody_422NamingThePath(string body, string field)
    {
        var response = await TestApi.Post(client, "/api/screening", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await TestApi.Json(response);
        var errors = json["errors"]!.AsObject();
        Assert.True(errors.Any(e => e.Key == field || e.Key.StartsWith(field, StringComparison.Ordinal)), $"expected '{field}' in {errors.ToJsonString()}");
    }

    [Fact]
    public async Task Screen_NotJson_415()
    {
        var response = await client.PostAsync("/api/screening", new FormUrlEncodedContent([new("answers", "no")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
