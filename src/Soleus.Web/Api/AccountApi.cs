using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

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

    private static async Task<Results<NoContent, ProblemHttpResult>> Register(HttpRequest request, SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<Credentials>(request);
        if (body is null)
        {
            return problem!;
        }

        var errors = body.Problems(newPassword: true);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var session = await AccountActions.Register(db, hasher, body.Email, body.Password, time.GetUtcNow(), request.HttpContext);
        if (session is null)
        {
            return TypedResults.Problem(title: "This email already has an account.", statusCode: StatusCodes.Status409Conflict);
        }

        await CookieSignIn.Issue(request.HttpContext, session);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(HttpRequest request, SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<Credentials>(request);
        if (body is null)
        {
            return problem!;
        }

        var errors = body.Problems(newPassword: false);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var result = await AccountActions.SignIn(db, hasher, body.Email, body.Password, time.GetUtcNow(), request.HttpContext);
        if (result.Session is null)
        {
            return result.LockedOut
                ? TypedResults.Problem(title: "Too many failed attempts.", detail: $"Try again after {result.LockedUntil:u}.", statusCode: StatusCodes.Status423Locked)
                : TypedResults.Problem(title: "The email or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }

        await CookieSignIn.Issue(request.HttpContext, result.Session);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOut(HttpContext context, SoleusDb db, TimeProvider time)
    {
        await CookieSignIn.End(context, db, time.GetUtcNow());
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(HttpRequest request, SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<PasswordChange>(request);
        if (body is null)
        {
            return problem!;
        }

        if (PasswordRules.Check(body.NewPassword) is { } rule)
        {
            return Problems.Invalid("newPassword", rule);
        }

        var user = request.HttpContext.User;
        var changed = await AccountActions.ChangePassword(db, hasher, user.AccountId(), user.SessionId(), body.CurrentPassword, body.NewPassword, time.GetUtcNow());
        return changed ? TypedResults.NoContent() : Problems.Invalid("currentPassword", "The current password is wrong.");
    }

    private static async Task<NoContent> Delete(HttpContext context, SoleusDb db, TimeProvider time)
    {
        var accountId = context.User.AccountId();
        var now = time.GetUtcNow();
        await CookieSignIn.End(context, db, now);
        await AccountActions.Delete(db, accountId, now, context);
        return TypedResults.NoContent();
    }
}
