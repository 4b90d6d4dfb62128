using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// Forwarded headers over real sockets, with 127.0.0.2 configured as the practice's reverse proxy and 127.0.0.3 a
/// client that connects directly and forges them: the proxy's word is taken, the forger's changes nothing.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const int Proxy = 2;
    private const int Forger = 3;

    private static SoleusFactory Served(int signInAttemptsPerMinute = 10_000, bool withProxy = true)
    {
        var served = new SoleusFactory
        {
            SignInAttemptsPerMinute = signInAttemptsPerMinute,
            Settings = withProxy ? new Dictionary<string, string> { ["Proxies:KnownProxies:0"] = "127.0.0.2" } : new Dictionary<string, string>(),
        };
        served.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        served.StartServer();
        return served;
    }

    private static async Task<HttpStatusCode> SignIn(HttpClient client, string email, string password, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task SignInRateLimit_ForgedAddressesFromOneClient_StillOneClient_ProxiedClientsEachCountedApart()
    {
        using var served = Served(signInAttemptsPerMinute: 3);
        var address = served.CreateClient().BaseAddress!;
        var forger = Loopback.From(address, Forger);
        var proxy = Loopback.From(address, Proxy);

        var forged = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            forged.Add(await SignIn(forger, TestApi.NewEmail(), "wrong-guess", $"198.51.100.{i}"));
        }

        var proxied = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            proxied.Add(await SignIn(proxy, TestApi.NewEmail(), "wrong-guess", "203.0.113.1"));
        }

        var anotherBehindTheProxy = await SignIn(proxy, TestApi.NewEmail(), "wrong-guess", "203.0.113.2");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], forged);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], proxied);
        Assert.Equal(HttpStatusCode.Unauthorized, anotherBehindTheProxy);
    }

    [Fact]
    public async Task AuditAndPasswordThrottle_RecordTheProxiedClient_AndTheForgerByItsOwnAddress()
    {
        using var served = Served();
        var direct = served.CreateClient();
        var proxy = Loopback.From(direct.BaseAddress!, Proxy);
        var email = TestApi.NewEmail();
        Assert.Equal(HttpStatusCode.NoContent, (await direct.PostAsJsonAsync("/api/account/register", new { email, password = TestApi.Password })).StatusCode);

        var owner = await SignIn(proxy, email, TestApi.Password, "203.0.113.7");
        var forged = await SignIn(Loopback.From(direct.BaseAddress!, Forger), email, "wrong-guess", "203.0.113.7");

        using var scope = served.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var signIns = await db.AuditEvents.Where(e => e.Kind == Audit.SignInSucceeded || e.Kind == Audit.SignInFailed).OrderBy(e => e.Id)
            .Select(e => new { e.Kind, e.RemoteAddress }).ToListAsync();
        var trustedSources = await db.PasswordAttempts.Where(a => a.Trusted).Select(a => a.Source).ToListAsync();
        var counted = await db.PasswordAttempts.Where(a => a.Count > 0).Select(a => a.Source).ToListAsync();
        Assert.Equal(HttpStatusCode.NoContent, owner);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Contains(new { Kind = Audit.SignInSucceeded, RemoteAddress = (string?)"203.0.113.7" }, signIns);
        Assert.Equal(new { Kind = Audit.SignInFailed, RemoteAddress = (string?)"127.0.0.3" }, signIns[^1]);
        Assert.Contains("203.0.113.7", trustedSources);
        Assert.DoesNotContain("127.0.0.3", trustedSources);
        Assert.Contains("127.0.0.3", counted);
        Assert.DoesNotContain("203.0.113.7", counted);
    }

    /// <summary>Redirects are relative, so the scheme shows in HSTS, which is sent only on https.</summary>
    [Theory]
    [InlineData(Proxy, true)]
    [InlineData(Forger, false)]
    public async Task ForwardedProto_Https_BelievedOnlyFromTheProxy_ForHsts(int from, bool https)
    {
        using var served = Served();
        var client = Loopback.From(served.CreateClient().BaseAddress!, from);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "soleus.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(https, response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>ASP.NET Core believes anyone when it is given no proxy at all; Soleus, given none, believes no one.</summary>
    [Fact]
    public async Task ForwardedHeaders_NoProxyConfigured_BelievedFromNoOne()
    {
        using var served = Served(withProxy: false);
        var client = Loopback.From(served.CreateClient().BaseAddress!, Proxy);
        var email = TestApi.NewEmail();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in") { Content = JsonContent.Create(new { email, password = "wrong-guess" }) };
        request.Headers.Host = "soleus.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request);

        using var scope = served.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(["127.0.0.2"], await db.AuditEvents.Where(e => e.Kind == Audit.SignInFailed).Select(e => e.RemoteAddress).ToListAsync());
    }
}
