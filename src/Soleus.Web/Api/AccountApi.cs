using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Accounts for scripts and the player. These endpoints accept only application/json bodies, which a cross-site
/// form cannot send without a CORS preflight that Soleus never grants; the pages use antiforgery tokens instead.
/// </summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account");
        group.MapPost("/register", Register).WithName("Register").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/sign-in", SignIn).WithName("SignIn").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/sign-out", SignOut).WithName("SignOut").RequireAuthorization();
        group.MapPost("/password", ChangePassword).WithName("ChangePassword").RequireAuthorization();
        group.MapDelete("/", Delete).WithName("DeleteAccount").RequireAuthorization();
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Register(Credentials body, AccountActions accounts, CurrentAccount account, HttpContext context, TimeProvider time)
    {
        var registration = await accounts.Register(body, time.GetUtcNow(), account.Origin);
        if (registration.Session is null)
        {
            return registration.EmailTaken
                ? TypedResults.Problem(title: "This email already has an account.", statusCode: StatusCodes.Status409Conflict)
                : Problems.Invalid(registration.Problems);
        }

        await CookieSignIn.Issue(context, registration.Session);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(Credentials body, AccountActions accounts, CurrentAccount account, HttpContext context, TimeProvider time)
    {
        var result = await accounts.SignIn(body, time.GetUtcNow(), account.Origin);
        if (result.Session is not null)
        {
            await CookieSignIn.Issue(context, result.Session);
            return TypedResults.NoContent();
        }

        return result switch
        {
            { LockedUntil: { } until } => TypedResults.Problem(title: "Too many failed attempts.", detail: $"Try again after {until:u}.", statusCode: StatusCodes.Status423Locked),
            { WrongCredentials: true } => TypedResults.Problem(title: SignInResult.Wrong, statusCode: StatusCodes.Status401Unauthorized),
            _ => Problems.Invalid(result.Problems),
        };
    }

    private static async Task<NoContent> SignOut(HttpContext context, AccountActions accounts, TimeProvider time)
    {
        await CookieSignIn.End(context, accounts, time.GetUtcNow());
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(PasswordChange body, AccountActions accounts, CurrentAccount account, TimeProvider time)
    {
        var problems = await accounts.ChangePassword(account.Required, account.SessionId!.Value, body.CurrentPassword, body.NewPassword, time.GetUtcNow());
        return problems.Count == 0 ? TypedResults.NoContent() : Problems.Invalid(problems);
    }

    private static async Task<NoContent> Delete(HttpContext context, AccountActions accounts, CurrentAccount account, TimeProvider time)
    {
        var now = time.GetUtcNow();
        await CookieSignIn.End(context, accounts, now);
        await accounts.Delete(account.Required, now, account.Origin);
        return TypedResults.NoContent();
    }
}
