using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Creates an account and signs it in; the email and password rules are the API's.</summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class RegisterModel(SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var credentials = new Credentials(Email?.Trim() ?? "", Password ?? "");
        foreach (var (field, messages) in credentials.Problems(newPassword: true))
        {
            Errors.Add(field, messages[0]);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var session = await AccountActions.Register(db, hasher, credentials.Email, credentials.Password, now, HttpContext);
        if (session is null)
        {
            Errors.Add("email", "This email already has an account. Sign in with it instead.");
            return Page();
        }

        await CookieSignIn.Issue(HttpContext, session);
        if (DisclaimerConsent.FromCookie(HttpContext) is { } accepted)
        {
            // The person read the disclaimer in this browser just before creating the account.
            await DisclaimerConsent.Store(db, session.AccountId, accepted);
        }

        return LocalRedirect("/profile");
    }
}
