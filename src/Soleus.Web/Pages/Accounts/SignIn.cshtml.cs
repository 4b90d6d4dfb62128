using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Signs in with email and password; each password check passes the throttle first, and the page is rate limited.</summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class SignInModel(AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The browser's time zone, filled in by local-times.js.</summary>
    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public bool SignedIn => account.SignedIn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await accounts.SignIn(new Credentials(Email?.Trim() ?? "", Password ?? ""), time.GetUtcNow(), account.Origin);
        if (result.Session is not { } session)
        {
            Errors.Add(result.RetryAt is { } at ? [new("password", Labels.TryAgainAfter(at))] : result.Problems);
            return Page();
        }

        await CookieSignIn.Issue(HttpContext, session);
        await accounts.KeepTimeZone(session.AccountId, TimeZone);
        return LocalRedirect(ReturnPath.Safe(ReturnUrl) ?? "/");
    }
}
