using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Tests.Api;

/// <summary>
/// Passkeys through the API, with a software authenticator: added and used to sign in, and every way a passkey sign-in
/// can be wrong (no challenge, a challenge used before, a passkey no account has, another site's page) answered with
/// the same 401 as a wrong password; another account's passkey cannot be removed; deleting the account removes them.
/// </summary>
public sealed class PasskeysApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    /// <summary>Registers a new account on the client and adds the authenticator's passkey to it under the name.</summary>
    private static async Task<JsonNode> AddPasskey(HttpClient client, SoftAuthenticator authenticator, string name = "Phone")
    {
        var options = await TestApi.Json(await client.PostAsync("/api/passkeys/options", null));
        var added = await client.PostAsJsonAsync("/api/passkeys", new JsonObject
        {
            ["challengeId"] = options["challengeId"]!.GetValue<string>(),
            ["name"] = name,
            ["credential"] = authenticator.Create(options["options"]!),
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return await TestApi.Json(added);
    }

    private static async Task<JsonNode> SignInOptions(HttpClient client) =>
        await TestApi.Json(await client.PostAsync("/api/passkeys/sign-in/options", null));

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string? challengeId, JsonObject credential) =>
        client.PostAsJsonAsync("/api/passkeys/sign-in", new JsonObject { ["challengeId"] = challengeId, ["credential"] = credential.DeepClone() });

    /// <summary>The answer to a wrong password, to compare a refused passkey with: status, type and title.</summary>
    private async Task<(HttpStatusCode, string?, string?)> WrongPassword()
    {
        var response = await factory.Client().PostAsJsonAsync("/api/account/sign-in", new { email = TestApi.NewEmail(), password = "not-the-password" });
        return await Answer(response);
    }

    private static async Task<(HttpStatusCode, string?, string?)> Answer(HttpResponseMessage response)
    {
        var body = await TestApi.Json(response);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(Soleus.Web.Hosting.AccountServices.CookieName + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));
        return (response.StatusCode, body["type"]?.GetValue<string>(), body["title"]?.GetValue<string>());
    }

    [Fact]
    public async Task Passkey_Added_SignsInWithoutAPassword_AndIsListedWithItsDates()
    {
        using var authenticator = new SoftAuthenticator();
        var owner = factory.Client();
        await TestApi.Register(owner);
        var added = await AddPasskey(owner, authenticator, "  Kitchen laptop  ");

        var elsewhere = factory.Client();
        var options = await SignInOptions(elsewhere);
        var signedIn = await SignIn(elsewhere, options["challengeId"]!.GetValue<string>(), authenticator.Get(options["options"]!));

        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/sessions")).StatusCode);
        var listed = Assert.Single((await TestApi.Json(await elsewhere.GetAsync("/api/passkeys"))).AsArray());
        Assert.Equal(("Kitchen laptop", added["id"]!.GetValue<long>()), (listed!["name"]!.GetValue<string>(), listed["id"]!.GetValue<long>()));
        Assert.NotNull(listed["lastUsedAt"]?.GetValue<DateTimeOffset>());
        using var scope = factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents.Where(e => e.Kind == Audit.SignInSucceeded).CountAsync();
        Assert.True(audit >= 2, "the passkey sign-in is audited like a password's");
    }

    [Fact]
    public async Task SignIn_NoChallenge_Is401LikeAWrongPassword()
    {
        using var authenticator = new SoftAuthenticator();
        await AddPasskey(await Registered(), authenticator);
        var client = factory.Client();
        var options = await SignInOptions(client);

        var without = await SignIn(client, null, authenticator.Get(options["options"]!));
        var unknown = await SignIn(client, Guid.NewGuid().ToString(), authenticator.Get(options["options"]!));

        Assert.Equal(await WrongPassword(), await Answer(without));
        Assert.Equal(await WrongPassword(), await Answer(unknown));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
    }

    [Fact]
    public async Task SignIn_ChallengeUsedBefore_Is401LikeAWrongPassword()
    {
        using var authenticator = new SoftAuthenticator();
        await AddPasskey(await Registered(), authenticator);
        var client = factory.Client();
        var options = await SignInOptions(client);
        var challengeId = options["challengeId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(client, challengeId, authenticator.Get(options["options"]!))).StatusCode);

        // A new, correctly signed answer (its counter higher) to the same challenge: only the challenge is spent.
        var replayed = await SignIn(factory.Client(), challengeId, authenticator.Get(options["options"]!));

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(await WrongPassword(), await Answer(replayed));
    }

    [Fact]
    public async Task SignIn_PasskeyNoAccountHas_Is401LikeAWrongPassword()
    {
        using var stranger = new SoftAuthenticator();
        var client = factory.Client();
        var options = await SignInOptions(client);

        var refused = await SignIn(client, options["challengeId"]!.GetValue<string>(), stranger.Get(options["options"]!));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await WrongPassword(), await Answer(refused));
    }

    [Fact]
    public async Task SignIn_AnswerMadeOnAnotherSitesPage_Is401LikeAWrongPassword()
    {
        using var authenticator = new SoftAuthenticator();
        await AddPasskey(await Registered(), authenticator);
        var client = factory.Client();
        var options = await SignInOptions(client);
        authenticator.Origin = "https://soleus.example.net";

        var refused = await SignIn(client, options["challengeId"]!.GetValue<string>(), authenticator.Get(options["options"]!));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(await WrongPassword(), await Answer(refused));
    }

    [Fact]
    public async Task Add_AnswerMadeOnAnotherSitesPage_Is422NamingTheCredential()
    {
        using var authenticator = new SoftAuthenticator { Origin = "https://soleus.example.net" };
        var owner = await Registered();
        var options = await TestApi.Json(await owner.PostAsync("/api/passkeys/options", null));

        var added = await owner.PostAsJsonAsync("/api/passkeys", new JsonObject
        {
            ["challengeId"] = options["challengeId"]!.GetValue<string>(),
            ["credential"] = authenticator.Create(options["options"]!),
        });

        var body = await TestApi.Json(added);
        Assert.True(added.StatusCode == HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        Assert.True(body["errors"]?["credential"] is not null, body.ToJsonString());
        Assert.Empty((await TestApi.Json(await owner.GetAsync("/api/passkeys"))).AsArray());
    }

    [Fact]
    public async Task Add_NameTooLong_Is422NamingTheField()
    {
        using var authenticator = new SoftAuthenticator();
        var owner = await Registered();
        var options = await TestApi.Json(await owner.PostAsync("/api/passkeys/options", null));

        var added = await owner.PostAsJsonAsync("/api/passkeys", new JsonObject
        {
            ["challengeId"] = options["challengeId"]!.GetValue<string>(),
            ["name"] = new string('n', 61),
            ["credential"] = authenticator.Create(options["options"]!),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Contains("60", (await TestApi.Json(added))["errors"]!["name"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_AnotherAccountsPasskey_Is404AndItStays()
    {
        using var authenticator = new SoftAuthenticator();
        var owner = await Registered();
        var id = (await AddPasskey(owner, authenticator))["id"]!.GetValue<long>();

        var other = await Registered();
        var refused = await other.DeleteAsync($"/api/passkeys/{id}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Single((await TestApi.Json(await owner.GetAsync("/api/passkeys"))).AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/passkeys/{id}")).StatusCode);
        Assert.Empty((await TestApi.Json(await owner.GetAsync("/api/passkeys"))).AsArray());
    }

    [Fact]
    public async Task DeleteAccount_RemovesItsPasskeys()
    {
        using var authenticator = new SoftAuthenticator();
        var owner = await Registered();
        var id = (await AddPasskey(owner, authenticator))["id"]!.GetValue<long>();

        Assert.Equal(HttpStatusCode.NoContent, (await TestApi.DeleteAccount(owner)).StatusCode);

        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SoleusDb>().Passkeys.AnyAsync(p => p.Id == id));
    }

    [Fact]
    public async Task Answers_OfGarbageBytes_AreRefusedWithoutA5xx()
    {
        using var authenticator = new SoftAuthenticator();
        var owner = await Registered();
        await AddPasskey(owner, authenticator);
        var options = await TestApi.Json(await owner.PostAsync("/api/passkeys/options", null));
        var created = authenticator.Create(options["options"]!);
        created["response"]!["attestationObject"] = "AAECAwQFBgcICQ";
        var signIn = await SignInOptions(owner);
        var signed = authenticator.Get(signIn["options"]!);
        signed["response"]!["authenticatorData"] = "AAECAwQ";
        signed["response"]!["signature"] = "AAECAwQFBgcICQ";

        var added = await owner.PostAsJsonAsync("/api/passkeys", new JsonObject { ["challengeId"] = options["challengeId"]!.GetValue<string>(), ["credential"] = created });
        var refused = await SignIn(owner, signIn["challengeId"]!.GetValue<string>(), signed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Equal(await WrongPassword(), await Answer(refused));
    }

    [Fact]
    public async Task SignIn_FromAnotherSite_Is403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/passkeys/sign-in/options");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var refused = await factory.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<HttpClient> Registered()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        return client;
    }
}
