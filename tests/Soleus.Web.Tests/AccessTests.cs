using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Soleus.Web.Tests;

/// <summary>
/// Walks every endpoint the app maps, so a new route is checked without anyone remembering to add a test: each is
/// either on the short list of routes open to everyone, or refuses a request without sign-in, and none shows one
/// person's data to another.
/// </summary>
public sealed class AccessTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    /// <summary>The routes anyone may use without an account, each for a reason.</summary>
    private static readonly HashSet<string> Open =
    [
        "healthz", "openapi/{documentName}.json",
        "api/protocol", "api/screening/questions", "api/screening", "api/plans",
        "api/account/register", "api/account/sign-in", "api/passkeys/sign-in/options", "api/passkeys/sign-in",
        "api/practice/join", "practice/join",
        "", "screening", "plan", "play", "clearance", "account", "account/register", "account/sign-in", "account/sign-out",
        "calendar/{token}.ics", // the calendar feed: a calendar app holds no cookie, the secret token is the credential
    ];

    private List<(string Route, string Method, bool Protected)> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                (Route: e.RoutePattern.RawText!.Trim('/'), Method: m, Protected: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0)))
            .Distinct()
            .ToList();

    /// <summary>The route with its parameters filled in: a number where the route takes one (a passkey's, a clearance's), else the id.</summary>
    private static string Fill(string route, Guid id) => "/" + string.Join('/', route.Split('/').Select(part =>
        part.EndsWith(":long}", StringComparison.Ordinal) ? "1" : part.StartsWith('{') ? id.ToString() : part));

    /// <summary>The routes of practices and links, whose ids are people's and links': the role walk covers them.</summary>
    internal static bool PracticeRoute(string route) =>
        route.StartsWith("api/practice", StringComparison.Ordinal) || route.StartsWith("api/links", StringComparison.Ordinal) || route.StartsWith("practice", StringComparison.Ordinal);

    [Fact]
    public void Endpoints_EachOpenOneIsOnTheListAndEveryOtherRequiresSignIn()
    {
        var endpoints = Endpoints();

        var unexpected = endpoints.Where(e => !e.Protected && !Open.Contains(e.Route)).ToList();

        Assert.True(endpoints.Count(e => e.Route.StartsWith("api", StringComparison.Ordinal)) >= 14, "the API's endpoints should be found");
        Assert.True(endpoints.Count(e => !e.Route.StartsWith("api", StringComparison.Ordinal)) >= 12, "the pages should be found");
        Assert.Empty(unexpected);
    }

    [Fact]
    public async Task Endpoints_ProtectedWithoutSignIn_401ForTheApiAndSignInPageForPages()
    {
        var client = factory.Client();
        var protectedOnes = Endpoints().Where(e => e.Protected).ToList();

        Assert.NotEmpty(protectedOnes);
        foreach (var (route, method, _) in protectedOnes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route, Guid.NewGuid()));
            var response = await client.SendAsync(request);
            if (route.StartsWith("api", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{route}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"{method} /{route}: {response.StatusCode}");
                Assert.False(response.StatusCode == HttpStatusCode.OK, $"{method} /{route} answered without sign-in");
            }
        }
    }

    [Fact]
    public async Task Endpoints_WithAnId_AnotherPersonsIdIs404()
    {
        var owner = factory.Client();
        await TestApi.Register(owner);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(owner, "/api/sessions", TestApi.Text(TestApi.Session(id, DateTimeOffset.UtcNow.AddHours(-1))))).StatusCode);
        var stranger = factory.Client();
        await TestApi.Register(stranger);
        // A session's id, readable by its owner; a passkey's removal has its own test
        // (PasskeysApiTests.Remove_AnotherAccountsPasskey_Is404AndItStays), since its owner cannot read it by id; the
        // practice's routes, whose ids are people and links, are walked by role in Practice/RoleAccessTests.
        var withIds = Endpoints().Where(e => e.Route.Contains('{', StringComparison.Ordinal) && e.Protected && !PracticeRoute(e.Route)
            && !e.Route.StartsWith("api/passkeys", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withIds);
        foreach (var (route, method, _) in withIds)
        {
            var path = Fill(route, id);
            Assert.Equal(HttpStatusCode.OK, (await owner.SendAsync(new HttpRequestMessage(HttpMethod.Get, path))).StatusCode);
            var response = await stranger.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} as another person: {response.StatusCode}");
        }
    }
}
