using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using AngleSharp.Dom;
using Soleus.Web.Tests.Pages;
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
        "0001-01-01", "0001-01-02", "9999-12-31", "9999-12-31T23:59:59.9999999+00:00", "0001-01-01T00:00:00+14:00", "1999-12-31",
    ];

    /// <summary>Return addresses a page must not follow, nor fail on: not plain visible ASCII, or not a local path.</summary>
    public static TheoryData<string> BadReturnAddresses { get; } =
        ["/é", "/caf%C3%A9/\u00fc", "/\u2028x", "/a b", "/\ud83d\ude00", "//evil.example", "/\\evil.example", "https://evil.example/"];

    /// <summary>Summary periods at the ends of the calendar, and each way round.</summary>
    public static TheoryData<string> CalendarEnds { get; } =
        ["to=9999-12-31", "from=0001-01-02&to=0001-01-01", "to=0001-01-01", "from=0001-01-01", "from=9999-12-31", "from=9999-12-30&to=9999-12-31", "from=1999-12-31&to=2000-01-01"];

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
        var email = await TestApi.Register(client);
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
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var id = await db.Accounts.Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
        Assert.Equal(validSessions, await db.Sessions.CountAsync(s => s.AccountId == id));
    }
    [Theory]
    [MemberData(nameof(BadReturnAddresses))]
    public async Task SignIn_BadReturnAddress_GoesToTheFirstPageSignedIn(string returnUrl)
    {
        var email = await TestApi.Register(factory.Client());
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/sign-in");

        var response = await browser.Send(Browser.FormByButton(page, "Sign in"), f => f.Set("email", email).Set("password", TestApi.Password).Set("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Soleus.Web.Hosting.AccountServices.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/sessions")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadReturnAddresses))]
    public async Task Disclaimer_BadReturnAddress_ShownAndAcceptedGoingToTheQuestions(string returnUrl)
    {
        var browser = new Browser(factory.Client());
        var first = await browser.Open("/?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var response = await browser.Send(Browser.FormByButton(first, "I have read this"), f => f.Set("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/screening", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(CalendarEnds))]
    public async Task Summary_PeriodAtTheCalendarEnds_ShownForAPeriodThatFitsWithTheProblemSaid(string query)
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var today = DateOnly.FromDateTime(Flows.Now(factory).UtcDateTime);

        var page = await browser.Open("/summary?" + query);

        var shown = DateOnly.Parse(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#to")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, Domain.Progress.ReportPeriod.Earliest, today);
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Theory]
    [MemberData(nameof(CalendarEnds))]
    public async Task SessionsList_PeriodAtTheCalendarEnds_422NamingTheField(string query)
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var response = await client.GetAsync("/api/sessions?" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("from") || errors.ContainsKey("to"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("1999-12-31T20:00:00+00:00")]
    [InlineData("9999-12-31T20:00:00+00:00")]
    [InlineData("future")]
    public async Task SaveSession_StartedBefore2000OrAfterNow_422AndNothingStored(string startedAt)
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var start = startedAt == "future" ? Flows.Now(factory).AddMinutes(10) : DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture);
        var session = TestApi.Session(Guid.NewGuid(), start);
        session["endedAt"] = start.ToString("O");

        var response = await TestApi.Post(client, "/api/sessions", TestApi.Text(session));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey("startedAt"));
        Assert.Empty((await TestApi.Json(await client.GetAsync("/api/sessions"))).AsArray());
    }

    [Theory]
    [InlineData("/api/plans")]
    [InlineData("/api/account/sign-in")]
    [InlineData("/account/sign-in")]
    public async Task Body_ChunkedOverTheLimit_413(string path)
    {
        using var served = new SoleusFactory();
        served.UseKestrel(0);
        served.StartServer();
        var client = served.CreateClient();
        var json = "{\"notes\":\"" + new string('x', (int)Soleus.Web.Hosting.BodyLimit.MaxBytes * 2) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
