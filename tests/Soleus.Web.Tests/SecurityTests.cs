using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;
using Soleus.Web.Data;

namespace Soleus.Web.Tests;

/// <summary>The hardening controls of OWASP ASVS level 2 that apply to Soleus, each checked.</summary>
public sealed class SecurityTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/protocol")]
    [InlineData("/api/no-such-thing")]
    public async Task Response_Any_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.Client().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Response_OutsideDevelopmentOverHttps_HstsForAYear()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        // HSTS is never sent to localhost, so ask as the practice's host name.
        var response = await production.CreateClient(new() { BaseAddress = new Uri("https://soleus.example") }).GetAsync("/api/protocol");

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task AuthCookie_HostPrefixedHttpOnlySecureSameSite_NewValueAtEachSignIn()
    {
        var email = await TestApi.Register(factory.Client());

        var first = await factory.Client().PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password });
        var second = await factory.Client().PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password });

        var setCookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountServices.CookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.StartsWith("__host-", setCookie, StringComparison.Ordinal);
        Assert.Contains("; path=/", setCookie, StringComparison.Ordinal);
        Assert.Contains("; secure", setCookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", setCookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", setCookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", setCookie, StringComparison.Ordinal);
        Assert.NotEqual(TestApi.AuthCookie(first), TestApi.AuthCookie(second));
    }

    [Theory]
    [InlineData(13, 0, HttpStatusCode.Unauthorized)]
    [InlineData(11, 0, HttpStatusCode.OK)]
    [InlineData(1, 166, HttpStatusCode.OK)]
    [InlineData(3, 166, HttpStatusCode.Unauthorized)]
    public async Task SignIn_IdleTwelveHoursOrOlderThanSevenDays_Ends(int idleHours, int activeHours, HttpStatusCode expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = timed.CreateClient(new() { BaseAddress = SoleusFactory.Https, HandleCookies = true, AllowAutoRedirect = false });
        await TestApi.Register(client);
        for (var hour = 0; hour < activeHours; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sessions")).StatusCode);
        }

        clock.Advance(TimeSpan.FromHours(idleHours));

        Assert.Equal(expected, (await client.GetAsync("/api/sessions")).StatusCode);
    }

    [Fact]
    public async Task SignOut_ClearsSiteDataAndSignedInAnswersAreNotCached()
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var signedIn = await client.GetAsync("/api/sessions");
        var signOut = await client.PostAsync("/api/account/sign-out", null);

        Assert.Equal("no-store", signedIn.Headers.CacheControl?.ToString());
        Assert.Contains("\"storage\"", signOut.Headers.GetValues("Clear-Site-Data").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordHash_Stored_IsPbkdf2Sha512WithAtLeast100000Iterations()
    {
        var email = await TestApi.Register(factory.Client());
        using var scope = factory.Services.CreateScope();
        var hash = Convert.FromBase64String((await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email)).PasswordHash);

        static uint BigEndian(byte[] b, int at) => (uint)((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);

        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BigEndian(hash, 1));
        Assert.True(BigEndian(hash, 5) >= 100_000, $"{BigEndian(hash, 5)} iterations");
        Assert.True(BigEndian(hash, 9) >= 16, "salt of at least 128 bits");
    }

    [Theory]
    [InlineData(8, HttpStatusCode.NoContent)]
    [InlineData(64, HttpStatusCode.NoContent)]
    [InlineData(128, HttpStatusCode.NoContent)]
    [InlineData(7, HttpStatusCode.UnprocessableEntity)]
    [InlineData(129, HttpStatusCode.UnprocessableEntity)]
    public async Task Register_PasswordLength_EightToAtLeast64WithoutCompositionRules(int length, HttpStatusCode expected)
    {
        var password = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i * 7 % 26))));

        var response = await factory.Client().PostAsJsonAsync("/api/account/register", new { email = TestApi.NewEmail(), password });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Error_InProduction_IsAProblemWithoutStackTrace()
    {
        using var broken = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FailingClock())));

        var response = await TestApi.Post(broken.CreateClient(new() { BaseAddress = SoleusFactory.Https }), "/api/screening",
            TestApi.Text(new System.Text.Json.Nodes.JsonObject { ["answers"] = TestApi.AllNo(), ["legs"] = new System.Text.Json.Nodes.JsonArray("left") }));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("FailingClock", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/sessions", "application/x-www-form-urlencoded")]
    [InlineData("/api/sessions", "text/plain")]
    [InlineData("/api/account/password", "multipart/form-data; boundary=x")]
    [InlineData("/api/profile", "text/plain")]
    public async Task CrossSiteForm_ToAStateChangingRoute_RefusedAndNothingChanged(string path, string contentType)
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);
        var body = new StringContent(TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-1))));
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(path == "/api/profile" ? HttpMethod.Put : HttpMethod.Post, path) { Content = body };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var id = await db.Accounts.Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
        Assert.False(await db.Sessions.AnyAsync(s => s.AccountId == id));
        Assert.False(await db.Profiles.AnyAsync(p => p.AccountId == id));
    }

    [Theory]
    [InlineData("/history")]
    [InlineData("/account/password")]
    [InlineData("/screening")]
    [InlineData("/account/sign-out")]
    public async Task Redirect_ForeignHostHeader_RelativeAndNeverNamesTheHost(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await factory.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.OriginalString);
        Assert.StartsWith("/", location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/account/sign-in", "{\"email\":\"a@example.org\",\"password\":\"first-password\",\"password\":\"second-password\"}", "password")]
    [InlineData("/api/profile", "{\"answers\":{\"pregnant\":\"no\",\"pregnant\":\"yes\"}}", "answers")]
    [InlineData("/api/sessions", "{\"notes\":\"a\",\"notes\":\"b\"}", "notes")]
    public async Task Json_DuplicateKey_422NamingIt(string path, string json, string field)
    {
        var client = factory.Client();
        await TestApi.Register(client);
        using var request = new HttpRequestMessage(path == "/api/profile" ? HttpMethod.Put : HttpMethod.Post, path)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        var (name, messages) = Assert.Single(errors);
        Assert.StartsWith(field, name, StringComparison.Ordinal);
        Assert.Contains("uplicate", messages!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/account")]
    [InlineData("PUT", "/summary")]
    [InlineData("DELETE", "/account")]
    [InlineData("PATCH", "/account/sign-in")]
    [InlineData("OPTIONS", "/screening")]
    public async Task Page_UnusedVerb_405(string method, string path)
    {
        var response = await factory.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.DoesNotContain("<main", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PostWithAValidTokenToAPageWithoutAPostHandler_405()
    {
        var browser = new Pages.Browser(factory.Client());
        var form = Pages.Browser.FormByButton(await browser.Open("/account/sign-in"), "Sign in");
        var fields = Pages.FormFields.Of(form);

        var response = await browser.Client.PostAsync("/account", new FormUrlEncodedContent(fields.Pairs));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "https://localhost:8443")]
    [InlineData("Origin", "null")]
    public async Task StateChangingApi_FromAnotherSiteOrOrigin_403AndStillSignedIn(string header, string value)
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var refused = new List<HttpStatusCode>();
        foreach (var (method, path) in new[] { ("POST", "/api/account/sign-out"), ("DELETE", "/api/account"), ("POST", "/api/sessions") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.TryAddWithoutValidation(header, value);
            var response = await client.SendAsync(request);
            refused.Add(response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.All(refused, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sessions")).StatusCode);
    }

    [Fact]
    public async Task StateChangingApi_FromTheAppItself_Allowed()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-out");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", SoleusFactory.Https.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Get_EveryRoute_ChangesNoStoredData()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var id = Guid.NewGuid();
        await TestApi.Post(client, "/api/sessions", TestApi.Text(TestApi.Session(id, DateTimeOffset.UtcNow.AddHours(-1))));
        var gets = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/').Replace("{clientId:guid}", id.ToString(), StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal))
            .Distinct().ToList();
        var before = await Snapshot();

        foreach (var path in gets)
        {
            Assert.True((int)(await client.GetAsync(path)).StatusCode < 500, path);
        }

        Assert.True(gets.Count >= 15, $"only {gets.Count} GET routes found");
        Assert.Equal(before, await Snapshot());
    }

    /// <summary>Every stored row a person's request could change, as text (audit events and last-seen times aside).</summary>
    private async Task<string> Snapshot()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Email).Select(a => $"{a.Email}|{a.PasswordHash}|{a.DisclaimerAcceptedAt}").ToListAsync();
        var sessions = await db.Sessions.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.ClientId}|{x.LeftTightnessBefore}|{x.LeftTightnessAfter}|{x.RightTightnessBefore}|{x.RightTightnessAfter}|{x.TenderSpots}|{x.Notes}").ToListAsync();
        var profiles = await db.Profiles.AsNoTracking().OrderBy(p => p.AccountId).Select(p => p.Answers).ToListAsync();
        var screenings = await db.ScreeningEvents.CountAsync();
        var signIns = await db.SignInSessions.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}|{x.EndedAt}").ToListAsync();
        return string.Join("\n", [.. accounts, .. sessions, .. profiles, $"{screenings}", .. signIns]);
    }

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("FailingClock: the clock broke");
    }
}
