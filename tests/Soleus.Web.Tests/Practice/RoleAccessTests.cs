using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Practice;

/// <summary>
/// Walks every protected route and verb the app maps (every handler of every page, found by the page loader) as each
/// role: a linked person, their clinician, the practice's administrator, a person linked with no one, and a clinician
/// of another practice, with each other's ids (people, links, sessions, accounts) wherever a route takes one. Every
/// request that is not the role's own business must be refused, and afterwards nothing has changed.
/// </summary>
public sealed partial class RoleAccessTests(SoleusFactory factory, ITestOutputHelper output) : IClassFixture<SoleusFactory>
{
    /// <summary>One signed-in role: its client, account id and an antiforgery token for its page forms.</summary>
    private sealed record Role(string Name, HttpClient Client, Guid Id, string Token);

    /// <summary>Sign-out ends the caller's own sign-in, which the walk needs to keep.</summary>
    private static readonly HashSet<string> NotWalked = ["api/account/sign-out", "account/sign-out"];

    /// <summary>A body of the shape the route binds, so a refusal is the route's answer, not the binder's (unknown fields are refused).</summary>
    private static string Body(string route) => route switch
    {
        "api/practice/invites" => """{"email":"walker@example.org"}""",
        "api/practice/patients/{id:guid}/plan" => """{"legs":["left"],"equipment":["hands"],"minutesPerCalf":8,"emphasis":"soleus","sessionsAWeek":3}""",
        _ => "{}",
    };

    private async Task<List<(string Route, string Method, string? Handler)>> Walk()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var walk = new List<(string, string, string?)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText!.Trim('/');
            if (NotWalked.Contains(route) || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                walk.Add((route, "GET", null));
                walk.Add((route, "HEAD", null));
                walk.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => (route, "POST", h.Name)));
                continue;
            }

            walk.AddRange((endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (route, m, (string?)null)));
        }

        return [.. walk.Distinct()];
    }

    private static async Task<Role> SignedIn(string name, HttpClient client, Guid id)
    {
        var page = await (await client.GetAsync("/account")).Content.ReadAsStringAsync();
        return new(name, client, id, TokenField().Match(page).Groups[1].Value);
    }

    [Fact]
    public async Task EveryRouteAndVerb_AsEachRoleWithEachOthersIds_RefusesAllThatIsNotTheirs()
    {
        var ours = await PracticeSetup.Make(factory);
        var theirs = await PracticeSetup.Make(factory);
        var (personClient, personId) = await ours.LinkedPerson(factory);
        var sessionId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(personClient, "/api/sessions", TestApi.Text(TestApi.Session(sessionId, DateTimeOffset.UtcNow.AddDays(-1))))).StatusCode);
        var linkId = Guid.Parse((string)(await TestApi.Json(await personClient.GetAsync("/api/links"))).AsArray().Single()!["id"]!);
        var clearance = new { reasons = new[] { "pregnant" }, validUntil = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        var cleared = await ours.Clinician.PostAsJsonAsync($"/api/practice/patients/{personId}/clearances", clearance);
        Assert.Equal(HttpStatusCode.Created, cleared.StatusCode);
        var clearanceId = (long)(await TestApi.Json(cleared))["id"]!;
        var unlinked = factory.Client();
        var unlinkedEmail = await TestApi.Register(unlinked);
        Role[] roles =
        [
            await SignedIn("person", personClient, personId),
            await SignedIn("clinician", ours.Clinician, await PracticeSetup.AccountId(factory, ours.ClinicianEmail)),
            await SignedIn("administrator", ours.Admin, await PracticeSetup.AccountId(factory, ours.AdminEmail)),
            await SignedIn("unlinked person", unlinked, await PracticeSetup.AccountId(factory, unlinkedEmail)),
            await SignedIn("clinician of another practice", theirs.Clinician, await PracticeSetup.AccountId(factory, theirs.ClinicianEmail)),
        ];
        var person = roles[0].Id;
        var clinician = roles[1].Id;
        Guid[] ids = [person, clinician, roles[2].Id, roles[3].Id, roles[4].Id, linkId, sessionId, Guid.NewGuid()];

        // What each role may do with an id that is not its own: the linked clinician reads, exports, clears and unlinks the person,
        // sets and clears their plan, the person ends their link and reads their session. Nothing else with anyone's id is anyone's business.
        bool Allowed(Role role, string route, Guid? id) => (route, id) switch
        {
            ("api/practice/patients/{id:guid}" or "api/practice/patients/{id:guid}/export" or "practice/patients/{id:guid}"
                or "api/practice/patients/{id:guid}/clearances" or "api/practice/patients/{id:guid}/clearances/{clearanceId:long}"
                or "practice/patients/{id:guid}/clearance"
                or "api/practice/patients/{id:guid}/plan" or "practice/patients/{id:guid}/plan", { } given) => role.Id == clinician && given == person,
            ("api/links/{id:guid}", { } given) => role.Id == person && given == linkId,
            ("api/sessions/{clientId:guid}" or "api/sessions/{clientId}", { } given) => role.Id == person && given == sessionId,
            (_, { }) => false,
            ("api/practice/members" or "api/practice/invites", null) => role.Name == "administrator",
            ("api/practice/link-codes" or "api/practice/patients" or "practice/patients", null) => role.Name.StartsWith("clinician", StringComparison.Ordinal),
            ("api/practice" or "practice", null) => role.Name is "administrator" || role.Name.StartsWith("clinician", StringComparison.Ordinal),
            _ => true, // the role's own account, sessions, profile, plans and links
        };

        var walk = await Walk();
        var (sent, refused, own) = (0, 0, 0);
        var violations = new List<string>();
        foreach (var role in roles)
        {
            foreach (var (route, method, handler) in walk)
            {
                var takesId = route.Contains('{', StringComparison.Ordinal);
                foreach (var id in takesId ? ids.Select(i => (Guid?)i) : [null])
                {
                    if (Allowed(role, route, id))
                    {
                        own++;
                        continue;
                    }

                    var path = "/" + string.Join('/', route.Split('/').Select(p => p.StartsWith("{id:long", StringComparison.Ordinal) ? "1" : p == "{clearanceId:long}" ? clearanceId.ToString(System.Globalization.CultureInfo.InvariantCulture) : p.StartsWith('{') ? id.ToString() : p));
                    using var request = new HttpRequestMessage(new HttpMethod(method), handler is null ? path : $"{path}?handler={handler}&id={id ?? linkId}");
                    if (method is "POST" or "PUT" or "PATCH" or "DELETE")
                    {
                        request.Content = route.StartsWith("api", StringComparison.Ordinal)
                            ? new StringContent(Body(route), Encoding.UTF8, "application/json")
                            : new FormUrlEncodedContent([new("__RequestVerificationToken", role.Token), new("email", "walker@example.org"), new("code", "ABCD-EFGH")]);
                    }

                    var response = await role.Client.SendAsync(request);
                    sent++;
                    if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed)
                    {
                        refused++;
                    }
                    else
                    {
                        violations.Add($"{role.Name}: {method} {request.RequestUri}{(handler is null ? "" : $" ({handler})")} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        output.WriteLine($"{roles.Length} roles × {walk.Count} protected routes and verbs ({walk.Count(w => w.Route.Contains('{', StringComparison.Ordinal))} of them with {ids.Length} ids each): {sent} requests that are not the role's, {refused} of them refused, {own} the role's own left out.");
        violations.ForEach(output.WriteLine);
        Assert.Empty(violations);
        Assert.Equal(sent, refused);
        Assert.True(sent > 100, $"only {sent} requests walked");
        Assert.Equal(HttpStatusCode.OK, (await ours.Clinician.GetAsync($"/api/practice/patients/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await personClient.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.True((bool)(await TestApi.Json(await ours.Clinician.GetAsync($"/api/practice/patients/{person}/clearances")))["clearances"]![0]!["holds"]!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
