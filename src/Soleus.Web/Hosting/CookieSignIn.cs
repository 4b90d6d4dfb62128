using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Hosting;

/// <summary>Issues and removes the auth cookie for a sign-in session.</summary>
public static class CookieSignIn
{
    public static Task Issue(HttpContext context, StartedSignIn session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal.For(session.AccountId, session.SessionId));
    }

    /// <summary>
    /// Ends the sign-in session in the database, drops the cookie, and asks the browser to clear what it keeps for
    /// this site (cache, cookies, storage: the player's saved progress too).
    /// </summary>
    public static async Task End(HttpContext context, AccountActions accounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(accounts);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await accounts.SignOut(context.User.SessionId(), now);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        context.Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
    }
}
