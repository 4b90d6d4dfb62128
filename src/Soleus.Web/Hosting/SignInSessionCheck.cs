using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Hosting;

/// <summary>
/// The cookie's events. A cookie is accepted only while its sign-in session is open, not idle too long and not too
/// old, and the account exists: a signed-out, replaced or deleted sign-in stops working at once, whichever instance
/// issued it. A request to the API that needs a sign-in is answered 401; a page's goes to the sign-in page, by a
/// relative address, so no Host header sent by the client is ever written back into a redirect.
/// </summary>
internal sealed class SignInSessionCheck(TimeProvider time) : CookieAuthenticationEvents
{
    /// <summary>The one query every signed-in request makes, compiled once for this app's model.</summary>
    private readonly Func<SoleusDb, Guid, Task<SignInSession?>> find =
        EF.CompileAsyncQuery((SoleusDb db, Guid id) => db.SignInSessions.AsNoTracking().SingleOrDefault(s => s.Id == id));

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = time.GetUtcNow();
        var db = context.HttpContext.RequestServices.GetRequiredService<SoleusDb>();
        var user = context.Principal!;
        var sessionId = Guid.TryParse(user.FindFirst(Principal.SessionClaim)?.Value, out var id) ? id : Guid.Empty;
        var session = await find(db, sessionId);
        if (session is null || session.EndedAt is not null || now - session.LastSeenAt > SignInLimits.Idle || now - session.CreatedAt > SignInLimits.Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (now - session.LastSeenAt > SignInLimits.TouchEvery)
        {
            await db.SignInSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        var returnUrl = (request.PathBase + request.Path + request.QueryString).ToString();
        context.Response.Redirect(request.PathBase + context.Options.LoginPath + QueryString.Create(context.Options.ReturnUrlParameter, returnUrl));
        return Task.CompletedTask;
    }
}
