using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Xunit.Abstractions;

namespace Soleus.Web.Tests;

/// <summary>
/// Thousands of generated malformed requests to every API route (found from the app's endpoints): none may cause a
/// server error, every refusal is a ProblemDetails, and the database holds exactly what the valid requests wrote.
/// </summary>
public sealed class BadInputCampaignTests(SoleusFactory factory, ITestOutputHelper output) : IClassFixture<SoleusFactory>
{
    private const int Rounds = 120;

    private static readonly string[] Hostile =
    [
        "'; DROP TABLE Sessions; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "\u0000\u0001",
        "\ud83d\ude00 calf", new string('x', 5000), "../../etc/passwd", "NaN", "-1", "1e309", "null", "",
    ];

    /// <summary>A valid body for each route that takes one, which the generator then breaks in many ways.</summary>
    private static JsonObject? ValidBody(string route) => route switch
    {
        "api/screening" => new JsonObject { ["answers"] = TestApi.AllNo(), ["legs"] = new JsonArray("left") },
        "api/plans" => TestApi.PlanRequest(),
        "api/sessions" => TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-3)),
        "api/profile" => new JsonObject { ["answers"] = new JsonObject { ["pregnant"] = "no" } },
        "api/account/register" or "api/account/sign-in" => new JsonObject { ["email"] = "x@example.org", ["password"] = "long enough password" },
        "api/account/password" => new JsonObject { ["currentPassword"] = TestApi.Password, ["newPassword"] = TestApi.Password },
        _ => null,
    };

    private static IEnumerable<byte[]> Broken(JsonObject valid, Random random)
    {
        var text = TestApi.Text(valid);
        yield return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
        yield return [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(text[(text.Length / 2)..])];
        yield return Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200));
        yield return Encoding.UTF8.GetBytes("{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 60)) + "1" + new string('}', 61));
        foreach (var (name, _) in valid.ToList())
        {
            var copy = (JsonObject)valid.DeepClone();
            copy.Remove(name);
            yield return Encoding.UTF8.GetBytes(TestApi.Text(copy));
            foreach (var value in new JsonNode?[] { null, 12345678901234, -7, 3.5, true, JsonValue.Create(Hostile[random.Next(Hostile.Length)]), new JsonArray(1, "two"), new JsonObject { ["x"] = 1 } })
            {
                copy = (JsonObject)valid.DeepClone();
                copy[name] = value?.DeepClone();
                yield return Encoding.UTF8.GetBytes(TestApi.Text(copy));
            }
        }

        var extra = (JsonObject)valid.DeepClone();
        extra[Hostile[random.Next(Hostile.Length)]] = 1;
        yield return Encoding.UTF8.GetBytes(TestApi.Text(extra));
    }

    [Fact]
    public async Task EveryApiRoute_ThousandsOfMalformedRequests_NoServerErrorEveryRefusalAProblemAndOnlyValidWritesStored()
    {
        var random = new Random(20261124);
        var client = factory.Client();
        await TestApi.Register(client);
        var anonymous = factory.Client();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Route: e.RoutePattern.RawText!.Trim('/'), Method: m)))
            .Where(e => e.Route != "api/account" || e.Method != "DELETE")
            .Where(e => e.Route != "api/account/sign-out" && e.Route != "api/account/password")
            .ToList();
        var counts = new Dictionary<int, int>();
        var validSessions = 0;
        var sent = 0;

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (route, method) in routes)
            {
                var path = "/" + route.Replace("{clientId:guid}", random.Next(3) switch { 0 => Guid.NewGuid().ToString(), 1 => "not-a-guid", _ => "%27%22%3C" }, StringComparison.Ordinal)
                    + (random.Next(4) == 0 ? "?from=yesterday&to=" + Uri.EscapeDataString(Hostile[random.Next(Hostile.Length)]) + "&format=" + Uri.EscapeDataString(Hostile[random.Next(Hostile.Length)]) : "");
                var bodies = ValidBody(route) is { } valid && method != "GET" ? Broken(valid, random).Take(4 + random.Next(8)).ToList() : [[]];
                foreach (var body in bodies)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method != "GET")
                    {
                        request.Content = new ByteArrayContent(body);
                        request.Content.Headers.TryAddWithoutValidation("Content-Type", random.Next(10) == 0 ? "text/plain" : "application/json");
                    }

                    var response = await (random.Next(5) == 0 ? anonymous : client).SendAsync(request);
                    sent++;
                    var status = (int)response.StatusCode;
                    counts[status] = counts.GetValueOrDefault(status) + 1;
                    Assert.True(status < 500, $"{method} {path} → {status}: {await response.Content.ReadAsStringAsync()}");
                    if (status >= 400)
                    {
                        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{method} {path} → {status} without a ProblemDetails");
                    }

                    if (route == "api/sessions" && method == "POST" && status == 201)
                    {
                        validSessions++;
                    }
                }
            }

            var session = await TestApi.Post(client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-2))));
            Assert.Equal(HttpStatusCode.Created, session.StatusCode);
            validSessions++;
        }

        output.WriteLine($"{sent} malformed requests: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}")));
        Assert.True(sent >= 2000, $"only {sent} requests were sent");
        using var scope = factory.Services.CreateScope();
        Assert.Equal(validSessions, await scope.ServiceProvider.GetRequiredService<SoleusDb>().Sessions.CountAsync());
    }
}
