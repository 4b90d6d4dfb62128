using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Api;

/// <summary>
/// The sign-in throttle over real sockets: each guess comes from its own loopback address (127.0.0.2, 127.0.0.3 …),
/// as from 40 machines, to a Kestrel server on 127.0.0.1.
/// </summary>
public sealed class SignInThrottleTests(ITestOutputHelper output)
{
    private const int Guessers = 40;

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SignIn_FortyParallelWrongGuessesFromFortyAddresses_AtMostTheAllowedCheckedAndTheOwnerStillSignsIn(string provider)
    {
        if (provider == "postgres")
        {
            Prerequisites.Postgres();
        }

        using var served = new SoleusFactory { PostgresDatabase = provider == "postgres" ? $"soleus_test_{Guid.NewGuid():N}" : null };

        served.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        served.StartServer();
        var address = served.CreateClient().BaseAddress!;
        var email = TestApi.NewEmail();
        Assert.Equal(HttpStatusCode.NoContent, (await Loopback.From(address, 1).PostAsJsonAsync("/api/account/register", new { email, password = TestApi.Password })).StatusCode);

        var answers = await Task.WhenAll(Enumerable.Range(2, Guessers).Select(i =>
            Loopback.From(address, i).PostAsJsonAsync("/api/account/sign-in", new { email, password = $"wrong-guess-{i}" })));
        var owner = await Loopback.From(address, 1).PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password });

        using var scope = served.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var checkedGuesses = await db.AuditEvents.CountAsync(e => e.Kind == Audit.SignInFailed && e.Detail == "wrong password");
        output.WriteLine($"{provider}: {Guessers} parallel guesses, {checkedGuesses} passwords checked; answers "
            + string.Join(", ", answers.GroupBy(a => (int)a.StatusCode).Select(g => $"{g.Key}×{g.Count()}")));
        Assert.InRange(checkedGuesses, 1, SignInLimits.AccountAttemptsFree);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, a.StatusCode.ToString()));
        Assert.Equal(HttpStatusCode.NoContent, owner.StatusCode);
    }

    [Fact]
    public async Task SignIn_KnownAndUnknownEmail_SameAnswersAttemptForAttempt()
    {
        // A clock that stands still, so each "Retry-After" depends on the attempts alone, not on how long each took.
        using var factory = new SoleusFactory();
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow))));
        HttpClient Client() => timed.CreateClient(new() { BaseAddress = SoleusFactory.Https, HandleCookies = true, AllowAutoRedirect = false });
        var known = await TestApi.Register(Client());
        var unknown = TestApi.NewEmail();

        async Task<List<string>> Guesses(string email)
        {
            var client = Client();
            var said = new List<string>();
            for (var i = 0; i < 8; i++)
            {
                var response = await client.PostAsJsonAsync("/api/account/sign-in", new { email, password = $"wrong-guess-{i}" });
                var body = await TestApi.Json(response);
                said.Add($"{(int)response.StatusCode} {body["title"]} {response.Headers.RetryAfter}");
            }

            return said;
        }

        var forKnown = await Guesses(known);
        var forUnknown = await Guesses(unknown);

        Assert.Equal(forKnown, forUnknown);
        Assert.Contains(forKnown, s => s.StartsWith("429", StringComparison.Ordinal));
        Assert.DoesNotContain(forKnown, s => s.StartsWith("423", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_TakenEmail_AnswersLikeANewOneOrLikeAWrongPassword()
    {
        using var factory = new SoleusFactory();
        var email = await TestApi.Register(factory.Client());

        var samePassword = await factory.Client().PostAsJsonAsync("/api/account/register", new { email, password = TestApi.Password });
        var otherPassword = await factory.Client().PostAsJsonAsync("/api/account/register", new { email, password = "another-quiet-lantern-phrase" });
        var wrongSignIn = await factory.Client().PostAsJsonAsync("/api/account/sign-in", new { email, password = "another-quiet-lantern-phrase" });

        Assert.Equal(HttpStatusCode.NoContent, samePassword.StatusCode);
        Assert.Contains(samePassword.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Soleus.Web.Hosting.AccountServices.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(wrongSignIn.StatusCode, otherPassword.StatusCode);
        Assert.Equal((await TestApi.Json(wrongSignIn))["title"]!.ToString(), (await TestApi.Json(otherPassword))["title"]!.ToString());
        Assert.DoesNotContain("already", await otherPassword.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
