using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>
/// Creates an account and signs it in, by the same use case and rules as the API; an email that has an account is
/// answered as signing in would be. A new account moves on to the health profile, which says why.
/// </summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class RegisterModel(AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The browser's time zone, filled in by local-times.js.</summary>
    [BindProperty]
    public string? TimeZone { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await accounts.Register(new Credentials(Email?.Trim() ?? "", Password ?? ""), time.GetUtcNow(), account.Origin);
        if (result.Session is not { } session)
        {
            Errors.Add(result.RetryAt is { } at ? [new("password", Labels.TryAgainAfter(at))] : result.Problems);
            return Page();
        }

        await CookieSignIn.Issue(HttpContext, session);
        await accounts.KeepTimeZone(session.AccountId, TimeZone);
        if (DisclaimerConsent.FromCookie(HttpContext) is { } accepted)
        {
            // The person read the disclaimer in this browser just before creating the account.
            await accounts.AcceptDisclaimer(session.AccountId, accepted);
        }

        return LocalRedirect("/profile?welcome=true");
    }
}
