using Microsoft.AspNetCore.Http.HttpResults;
using FromBodyAttribute = Microsoft.AspNetCore.Mvc.FromBodyAttribute;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Accounts for scripts and the player. These endpoints accept only application/json bodies, which a cross-site
/// form cannot send without a CORS preflight that Soleus never grants; the pages use antiforgery tokens instead.
/// </summary>
public static class AccountApi
{
    /// <summary>The header that may carry the password for DELETE /api/account instead of a body.</summary>
    public const string PasswordHeader = "X-Soleus-Password";

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account");
        group.MapPost("/register", Register).WithName("Register").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/sign-in", SignIn).WithName("SignIn").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapPost("/sign-out", SignOut).WithName("SignOut").RequireAuthorization();
        group.MapPost("/password", ChangePassword).WithName("ChangePassword").RequireAuthorization();
        group.MapDelete("/", Delete).WithName("DeleteAccount").RequireAuthorization()
            .WithSummary($"Needs the password, as {{\"password\": …}} or in the {PasswordHeader} header.");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Register(Credentials body, AccountActions accounts, CurrentAccount account, HttpContext context, TimeProvider time) =>
        await Answer(await accounts.Register(body, time.GetUtcNow(), account.Origin), context, time);

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(Credentials body, AccountActions accounts, CurrentAccount account, HttpContext context, TimeProvider time) =>
        await Answer(await accounts.SignIn(body, time.GetUtcNow(), account.Origin), context, time);

    private static async Task<NoContent> SignOut(HttpContext context, AccountActions accounts, TimeProvider time)
    {
        await CookieSignIn.End(context, accounts, time.GetUtcNow());
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(PasswordChange body, AccountActions accounts, CurrentAccount account, HttpContext context, TimeProvider time)
    {
        var check = await accounts.ChangePassword(account.Required, account.SessionId!.Value, body.CurrentPassword, body.NewPassword, time.GetUtcNow(), account.Origin);
        return check.Right ? TypedResults.NoContent() : Refused(check, context, time);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] PasswordBody? body, HttpContext context, AccountActions accounts, CurrentAccount account, TimeProvider time)
    {
        var password = context.Request.Headers[PasswordHeader].FirstOrDefault() ?? body?.Password;
        var now = time.GetUtcNow();
        var check = await accounts.Recheck(account.Required, password, "password", now, account.Origin);
        if (!check.Right)
        {
            return Refused(check, context, time);
        }

        await CookieSignIn.End(context, accounts, now);
        await accounts.Delete(account.Required, now);
        return TypedResults.NoContent();
    }

    /// <summary>A sign-in's answer, a password's or a passkey's: the cookie and 204, or 429, or 401 for wrong credentials, or 422.</summary>
    internal static async Task<Results<NoContent, ProblemHttpResult>> Answer(SignInResult result, HttpContext context, TimeProvider time)
    {
        if (result.Session is not null)
        {
            await CookieSignIn.Issue(context, result.Session);
            return TypedResults.NoContent();
        }

        return result switch
        {
            { RetryAt: { } at } => Problems.TooManyAttempts(context, at, time.GetUtcNow()),
            { WrongCredentials: true } => TypedResults.Problem(title: SignInResult.Wrong, statusCode: StatusCodes.Status401Unauthorized),
            _ => Problems.Invalid(result.Problems),
        };
    }

    private static ProblemHttpResult Refused(PasswordCheck check, HttpContext context, TimeProvider time) =>
        check.RetryAt is { } at ? Problems.TooManyAttempts(context, at, time.GetUtcNow()) : Problems.Invalid(check.Problems);
}
