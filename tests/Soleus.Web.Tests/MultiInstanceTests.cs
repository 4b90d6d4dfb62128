using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests;

/// <summary>
/// Two app instances behind one database, as a practice runs them: a sign-in made on one is honoured by the other
/// (the Data Protection key ring lives in the database), and so is its sign-out (sign-in sessions live there too).
/// </summary>
public sealed class MultiInstanceTests
{
    private static async Task SignInOnFirst_WorksAndEndsOnSecond(SoleusFactory first, SoleusFactory second)
    {
        var registered = await first.CreateClient(new() { HandleCookies = false, BaseAddress = SoleusFactory.Https }).PostAsJsonAsync(
            "/api/account/register", new { email = TestApi.NewEmail(), password = TestApi.Password });
        var cookie = TestApi.AuthCookie(registered);
        var session = TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-1)));

        var savedOnFirst = await TestApi.WithCookie(first, HttpMethod.Post, "/api/sessions", cookie, session);
        var listedOnSecond = await TestApi.WithCookie(second, HttpMethod.Get, "/api/sessions", cookie);
        var signedOutOnSecond = await TestApi.WithCookie(second, HttpMethod.Post, "/api/account/sign-out", cookie);
        var afterSignOutOnFirst = await TestApi.WithCookie(first, HttpMethod.Get, "/api/sessions", cookie);

        Assert.Equal(HttpStatusCode.Created, savedOnFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listedOnSecond.StatusCode);
        Assert.Single((await TestApi.Json(listedOnSecond)).AsArray());
        Assert.Equal(HttpStatusCode.NoContent, signedOutOnSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOutOnFirst.StatusCode);
        using var scope = second.Services.CreateScope();
        Assert.NotEmpty(scope.ServiceProvider.GetRequiredService<SoleusDb>().DataProtectionKeys);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_SignInOnOneWorksOnTheOther()
    {
        using var first = new SoleusFactory();
        using var second = new SoleusFactory { DataFolder = first.DataFolder, PostgresDatabase = first.PostgresDatabase };

        await SignInOnFirst_WorksAndEndsOnSecond(first, second);
    }

    [SkippableFact]
    public async Task TwoInstancesOnOnePostgres_SignInOnOneWorksOnTheOther()
    {
        Prerequisites.Postgres();
        var database = $"soleus_test_{Guid.NewGuid():N}";
        using var first = new SoleusFactory { PostgresDatabase = database };
        using var second = new SoleusFactory { PostgresDatabase = database };

        await SignInOnFirst_WorksAndEndsOnSecond(first, second);
    }
}
