using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Signs in with email and password; failures count towards the account's lockout, and the page is rate limited.</summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class SignInModel(SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Set when the account is locked: until when.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var credentials = new Credentials(Email?.Trim() ?? "", Password ?? "");
        foreach (var (field, messages) in credentials.Problems(newPassword: false))
        {
            Errors.Add(field, messages[0]);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var result = await AccountActions.SignIn(db, hasher, credentials.Email, credentials.Password, time.GetUtcNow(), HttpContext);
        if (result.Session is null)
        {
            if (result.LockedOut)
            {
                LockedUntil = result.LockedUntil;
                return Page();
            }

            Errors.Add("password", "The email or the password is wrong.");
            return Page();
        }

        await CookieSignIn.Issue(HttpContext, result.Session);
        return LocalRedirect(ReturnPath.Safe(ReturnUrl) ?? "/");
    }
}
