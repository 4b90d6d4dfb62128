using System.Globalization;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// Whether the person has read the medical disclaimer and the DVT warning. A signed-in person's acceptance is kept on
/// the account; an anonymous one's in the <see cref="CookieName"/> cookie, which holds the date it was given.
/// </summary>
public static class DisclaimerConsent
{
    public const string CookieName = "soleus-disclaimer";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>When the disclaimer was accepted, or null when it has not been.</summary>
    public static async Task<DateTimeOffset?> AcceptedAt(HttpContext context, AccountActions accounts, CurrentAccount account)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(account);
        return account.Id is { } id ? await accounts.DisclaimerAcceptedAt(id) : FromCookie(context);
    }

    /// <summary>The date in this browser's cookie, if it holds a valid one.</summary>
    public static DateTimeOffset? FromCookie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies.TryGetValue(CookieName, out var value)
            && DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                ? new DateTimeOffset(date, TimeSpan.Zero)
                : null;
    }

    /// <summary>Records the acceptance: on the account when signed in, and in this browser's cookie either way.</summary>
    public static async Task Accept(HttpContext context, AccountActions accounts, CurrentAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(account);
        if (account.Id is { } id)
        {
            await accounts.AcceptDisclaimer(id, now);
        }

        context.Response.Cookies.Append(CookieName, now.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = now.AddYears(1),
        });
    }

    /// <summary>The way to the first page, which asks for the acceptance and then returns to <paramref name="returnUrl"/>.</summary>
    public static string Gate(string returnUrl) => $"/?returnUrl={Uri.EscapeDataString(returnUrl)}";
}
