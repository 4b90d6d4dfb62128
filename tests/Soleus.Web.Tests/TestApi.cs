using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Soleus.Web.Tests;

/// <summary>Short ways to call the API the way a script or the player would.</summary>
internal static class TestApi
{
    public const string Password = "calm-calves-2026";

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.org";

    /// <summary>Registers a new account on this client (which keeps its cookie) and returns the email.</summary>
    public static async Task<string> Register(HttpClient client)
    {
        var email = NewEmail();
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return email;
    }

    /// <summary>The auth cookie ("__Host-soleus=…") a response sets, to replay it from elsewhere.</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Soleus.Web.Hosting.AccountServices.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>Sends a request carrying only the given cookie, from a client that keeps none of its own.</summary>
    public static async Task<HttpResponseMessage> WithCookie(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, HttpMethod method, string path, string cookie, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = SoleusFactory.Https }).SendAsync(request);
    }

    /// <summary>Deletes the client's account, giving the password as the API asks.</summary>
    public static Task<HttpResponseMessage> DeleteAccount(HttpClient client, string password = Password) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/account") { Content = JsonContent.Create(new { password }) });

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>Every session and profile question answered "no", for both legs, as the API takes them.</summary>
    public static JsonObject AllNo()
    {
        var legs = new JsonObject { ["left"] = "no", ["right"] = "no" };
        var answers = new JsonObject();
        foreach (var id in new[] { "breathing-chest-symptoms", "one-calf-swelling", "calf-red-warm", "calf-pain-no-cause", "numbness-tingling", "pain-persisting", "one-sided-no-cause",
                     "blood-thinner-or-clotting-disorder", "previous-clot", "pad-or-diabetic-neuropathy", "pregnant", "recent-surgery-or-immobilisation-or-cancer", "recovering-calf-strain" })
        {
            answers[id] = "no";
        }

        answers["sharp-pain"] = legs.DeepClone();
        answers["skin-or-veins"] = legs.DeepClone();
        return answers;
    }

    public static JsonObject PlanRequest(JsonObject? answers = null, int minutes = 8) => new()
    {
        ["answers"] = answers ?? AllNo(),
        ["legs"] = new JsonArray("left", "right"),
        ["equipment"] = new JsonArray("hands", "foam-roller"),
        ["minutesPerCalf"] = minutes,
        ["emphasis"] = "soleus",
    };

    public static JsonObject Session(Guid clientId, DateTimeOffset startedAt, int tightnessBefore = 6, int tightnessAfter = 3) => new()
    {
        ["clientId"] = clientId.ToString(),
        ["startedAt"] = startedAt.ToString("O"),
        ["endedAt"] = startedAt.AddMinutes(18).ToString("O"),
        ["legs"] = new JsonArray("left", "right"),
        ["ratings"] = new JsonArray(
            new JsonObject { ["leg"] = "left", ["tightnessBefore"] = tightnessBefore, ["painBefore"] = 2, ["tightnessAfter"] = tightnessAfter, ["painAfter"] = 1 },
            new JsonObject { ["leg"] = "right", ["tightnessBefore"] = tightnessBefore, ["painBefore"] = 2, ["tightnessAfter"] = tightnessAfter, ["painAfter"] = 1 }),
        ["tenderSpots"] = new JsonArray(new JsonObject { ["leg"] = "left", ["zone"] = "mid", ["lane"] = "centre" }),
        ["notes"] = "Felt looser afterwards.",
        ["steps"] = new JsonArray(new JsonObject { ["stepId"] = "warm-up", ["leg"] = "left", ["seconds"] = 90 }),
    };

    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
