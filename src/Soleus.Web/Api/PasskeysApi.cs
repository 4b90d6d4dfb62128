using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Passkeys: the options and the check for signing in with one (rate limited like a password sign-in, and answered
/// with the same 401 when anything is wrong), and adding, listing and removing the signed-in account's passkeys.
/// JSON bodies only, and the origin check covers every POST and DELETE here, as on the other API routes.
/// </summary>
public static class PasskeysApi
{
    private const string MissingCredential = "The browser's passkey answer (publicKeyCredential JSON).";

    public static IEndpointRouteBuilder MapPasskeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/passkeys");
        group.MapPost("/sign-in/options", SignInOptions).WithName("PasskeySignInOptions").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/sign-in", SignIn).WithName("PasskeySignIn").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/options", AddOptions).WithName("PasskeyAddOptions").RequireAuthorization();
        group.MapPost("/", Add).WithName("AddPasskey").RequireAuthorization();
        group.MapGet("/", List).WithName("Passkeys").RequireAuthorization();
        group.MapDelete("/{id:long}", Remove).WithName("RemovePasskey").RequireAuthorization();
        return app;
    }

    private static async Task<Ok<PasskeyOptionsAnswer>> SignInOptions(Passkeys passkeys, TimeProvider time) =>
        TypedResults.Ok(PasskeyOptionsAnswer.From(await passkeys.SignInOptions(time.GetUtcNow())));

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(PasskeySignInBody body, Passkeys passkeys, CurrentAccount account, HttpContext context, TimeProvider time) =>
        body.Credential is null
            ? Problems.Invalid("credential", MissingCredential)
            : await AccountApi.Answer(await passkeys.SignIn(body.ChallengeId, body.Credential, time.GetUtcNow(), account.Origin), context, time);

    private static async Task<Ok<PasskeyOptionsAnswer>> AddOptions(Passkeys passkeys, CurrentAccount account, TimeProvider time) =>
        TypedResults.Ok(PasskeyOptionsAnswer.From(await passkeys.AddOptions(account.Required, time.GetUtcNow())));

    private static async Task<Results<Created<PasskeyFacts>, ProblemHttpResult>> Add(PasskeyAddBody body, Passkeys passkeys, CurrentAccount account, TimeProvider time)
    {
        if (body.Credential is null)
        {
            return Problems.Invalid("credential", MissingCredential);
        }

        var added = await passkeys.Add(account.Required, body.ChallengeId, body.Name, body.Credential, time.GetUtcNow());
        return added.Passkey is { } passkey ? TypedResults.Created($"/api/passkeys/{passkey.Id}", passkey) : Problems.Invalid(added.Problems);
    }

    private static async Task<Ok<List<PasskeyFacts>>> List(Passkeys passkeys, CurrentAccount account) =>
        TypedResults.Ok(await passkeys.List(account.Required));

    private static async Task<Results<NoContent, NotFound>> Remove(long id, Passkeys passkeys, CurrentAccount account) =>
        await passkeys.Remove(account.Required, id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
