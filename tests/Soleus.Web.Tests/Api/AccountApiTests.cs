using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Api;

public sealed class AccountApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/account/sign-in", new { email, password });

    private async Task<HttpStatusCode> WithCookie(string cookie) =>
        (await TestApi.WithCookie(factory, HttpMethod.Get, "/api/sessions", cookie)).StatusCode;

    [Fact]
    public async Task Register_SameEmailTwice_409()
    {
        var email = await TestApi.Register(factory.Client());

        var again = await factory.Client().PostAsJsonAsync("/api/account/register", new { email = email.ToUpperInvariant(), password = TestApi.Password });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("short1", "password")]
    [InlineData("password123", "password")]
    [InlineData("not-an-email", "email")]
    public async Task Register_BadCredentials_422NamingTheField(string value, string field)
    {
        var body = field == "email" ? new { email = value, password = TestApi.Password } : new { email = TestApi.NewEmail(), password = value };

        var response = await factory.Client().PostAsJsonAsync("/api/account/register", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey(field));
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LockedEvenWithTheRightOne()
    {
        var email = await TestApi.Register(factory.Client());
        var client = factory.Client();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, email, "wrong-password-" + i)).StatusCode);
        }

        var fifth = await SignIn(client, email, "wrong-password-5");
        var right = await SignIn(client, email, TestApi.Password);

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
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

        var deleted = await leave.DeleteAsync("/api/account");

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
