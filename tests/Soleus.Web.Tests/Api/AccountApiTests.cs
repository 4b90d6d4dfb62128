using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Tests.Api;

public sealed class AccountApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/account/sign-in", new { email, password });

    /// <summary>The PBKDF2 iterations of an Identity V3 hash: format byte, PRF, then the count, big-endian.</summary>
    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(1, bytes[0]);
        return BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5));
    }

    private async Task<HttpStatusCode> WithCookie(string cookie) =>
        (await TestApi.WithCookie(factory, HttpMethod.Get, "/api/sessions", cookie)).StatusCode;

    [Fact]
    public async Task Register_SameEmailAndPasswordTwice_SignsInWithoutSayingTheEmailIsTaken()
    {
        var email = await TestApi.Register(factory.Client());

        var again = await factory.Client().PostAsJsonAsync("/api/account/register", new { email = email.ToUpperInvariant(), password = TestApi.Password });

        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.CountAsync(a => a.Email == email));
    }

    [Fact]
    public async Task SignIn_HashMadeAtTheOldCost_IsMadeAgainAtOwaspsCost()
    {
        var email = await TestApi.Register(factory.Client());
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
            var account = await db.Accounts.SingleAsync(a => a.Email == email);
            Assert.Equal(AccountServices.PasswordIterations, Iterations(account.PasswordHash));
            account.PasswordHash = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
                .HashPassword(account, TestApi.Password);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(factory.Client(), email, TestApi.Password)).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email);
            Assert.Equal(210_000, Iterations(account.PasswordHash));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(factory.Client(), email, TestApi.Password)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_ToTheOwnEmail_422NamingTheNewPassword()
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);

        var response = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = TestApi.Password, newPassword = email });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("newPassword", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(factory.Client(), email, TestApi.Password)).StatusCode);
    }

    [Theory]
    [InlineData("short1", "password")]
    [InlineData("password123", "password")]
    [InlineData("Summer2024", "password")]
    [InlineData("not-an-email", "email")]
    public async Task Register_BadCredentials_422NamingTheField(string value, string field)
    {
        var body = field == "email" ? new { email = value, password = TestApi.Password } : new { email = TestApi.NewEmail(), password = value };

        var response = await factory.Client().PostAsJsonAsync("/api/account/register", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task SignIn_ThreeWrongPasswordsFromOneSource_ItWaitsEvenWithTheRightOneThenSignsIn()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = timed.CreateClient(new() { BaseAddress = SoleusFactory.Https, HandleCookies = true, AllowAutoRedirect = false });
        var email = TestApi.NewEmail();
        await TestApi.Post(client, "/api/account/register", $$"""{"email":"{{email}}","password":"{{TestApi.Password}}"}""");
        await client.PostAsJsonAsync("/api/account/sign-out", new { });
        using (var scope = timed.Services.CreateScope())
        {
            // The test server has no client address: start from a source the account has never signed in from.
            await scope.ServiceProvider.GetRequiredService<SoleusDb>().PasswordAttempts.ExecuteDeleteAsync();
        }

        for (var i = 0; i < SignInLimits.FreePerSource; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, email, "wrong-password-" + i)).StatusCode);
        }

        var held = await SignIn(client, email, TestApi.Password);
        clock.Advance(SignInLimits.FirstDelay);
        var later = await SignIn(client, email, TestApi.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(((int)SignInLimits.FirstDelay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), held.Headers.RetryAfter!.ToString());
        Assert.Equal(HttpStatusCode.NoContent, later.StatusCode);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorking()
    {
        var email = await TestApi.Register(factory.Client());
        var client = factory.Client();
        var cookie = TestApi.AuthCookie(await SignIn(client, email, TestApi.Password));
        Assert.Equal(HttpStatusCode.OK, await WithCookie(cookie));

        await client.PostAsync("/api/account/sign-out", null);

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookie(cookie));
    }

    [Fact]
    public async Task ChangePassword_OtherSignIns_EndedAndNewPasswordWorks()
    {
        var email = await TestApi.Register(factory.Client());
        var phone = factory.Client();
        var laptop = factory.Client();
        var phoneCookie = TestApi.AuthCookie(await SignIn(phone, email, TestApi.Password));
        await SignIn(laptop, email, TestApi.Password);

        var changed = await laptop.PostAsJsonAsync("/api/account/password", new { currentPassword = TestApi.Password, newPassword = "a much newer password" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookie(phoneCookie));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(factory.Client(), email, "a much newer password")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(factory.Client(), email, TestApi.Password)).StatusCode);
    }

    [Fact]
    public async Task Delete_Account_EveryRowOfThePersonGoneOthersKept()
    {
        var keep = factory.Client();
        await TestApi.Register(keep);
        await TestApi.Post(keep, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-2))));
        var leave = factory.Client();
        var email = await TestApi.Register(leave);
        await TestApi.Post(leave, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-2))));
        await leave.PutAsJsonAsync("/api/profile", new { answers = new Dictionary<string, string> { ["blood-thinner-or-clotting-disorder"] = "no", ["previous-clot"] = "no", ["pad-or-diabetic-neuropathy"] = "no", ["pregnant"] = "no", ["recent-surgery-or-immobilisation-or-cancer"] = "no", ["recovering-calf-strain"] = "no" } });
        var answers = TestApi.AllNo();
        answers["pregnant"] = "yes";
        await TestApi.Post(leave, "/api/screening", TestApi.Text(new System.Text.Json.Nodes.JsonObject { ["answers"] = answers, ["legs"] = new System.Text.Json.Nodes.JsonArray("left") }));
        Guid accountId;
        using (var scope = factory.Services.CreateScope())
        {
            accountId = (await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email)).Id;
        }

        var deleted = await TestApi.DeleteAccount(leave);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var check = factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<SoleusDb>();
        Assert.False(await db.Accounts.AnyAsync(a => a.Id == accountId));
        Assert.False(await db.Sessions.AnyAsync(s => s.AccountId == accountId));
        Assert.False(await db.Profiles.AnyAsync(p => p.AccountId == accountId));
        Assert.False(await db.ScreeningEvents.AnyAsync(e => e.AccountId == accountId));
        Assert.False(await db.SignInSessions.AnyAsync(s => s.AccountId == accountId));
        Assert.True(await db.Sessions.AnyAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await leave.GetAsync("/api/sessions")).StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("body", "not-my-password")]
    [InlineData("header", "not-my-password")]
    [InlineData("body", "")]
    public async Task Delete_WithoutTheRightPassword_422ProblemOnThePasswordAndNothingDeleted(string? where, string? password)
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/account");
        if (where == "body")
        {
            request.Content = JsonContent.Create(new { password });
        }
        else if (where == "header")
        {
            request.Headers.Add(Soleus.Web.Api.AccountApi.PasswordHeader, password);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey("password"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sessions")).StatusCode);
        using var scope = factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.AnyAsync(a => a.Email == email));
    }

    [Fact]
    public async Task Delete_PasswordInTheHeader_Deletes()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/account");
        request.Headers.Add(Soleus.Web.Api.AccountApi.PasswordHeader, TestApi.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sessions")).StatusCode);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("delete")]
    public async Task StepUp_WrongPasswordsPastTheFreeOnes_429EvenForTheRightOne(string action)
    {
        // A clock that stands still: on a slow machine 30 hashes can outlast the first wait.
        using var timed = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow))));
        var client = timed.CreateClient(new() { BaseAddress = SoleusFactory.Https, HandleCookies = true, AllowAutoRedirect = false });
        await TestApi.Register(client);
        using (var scope = timed.Services.CreateScope())
        {
            // The test server has no client address: start from a source the account has never signed in from.
            await scope.ServiceProvider.GetRequiredService<SoleusDb>().PasswordAttempts.ExecuteDeleteAsync();
        }

        Task<HttpResponseMessage> Try(string password) => action == "password"
            ? client.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = "a-brand-new-calf-phrase" })
            : TestApi.DeleteAccount(client, password);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            answers.Add((await Try("wrong-password-" + i)).StatusCode);
        }

        var right = await Try(TestApi.Password);

        Assert.Equal(SignInLimits.FreePerSource, answers.Count(a => a == HttpStatusCode.UnprocessableEntity));
        Assert.All(answers.Skip(SignInLimits.FreePerSource), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sessions")).StatusCode);
    }

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_429WithRetryAfter()
    {
        using var limited = new SoleusFactory { SignInAttemptsPerMinute = 3 };
        var client = limited.Client();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await SignIn(client, "nobody@example.org", "wrong-password"));
        }

        Assert.All(answers.Take(3), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.True(answers[3].Headers.RetryAfter is not null);
    }
}
