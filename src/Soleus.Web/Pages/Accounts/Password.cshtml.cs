using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Changes the password; every other sign-in of the account ends, this one stays.</summary>
[Authorize]
public sealed class PasswordModel(SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(CurrentPassword) || CurrentPassword.Length > PasswordRules.MaxLength)
        {
            Errors.Add("currentPassword", "Enter your current password.");
        }

        if (PasswordRules.Check(NewPassword) is { } problem)
        {
            Errors.Add("newPassword", problem);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var changed = await AccountActions.ChangePassword(db, hasher, User.AccountId(), User.SessionId(), CurrentPassword!, NewPassword!, time.GetUtcNow());
        if (!changed)
        {
            Errors.Add("currentPassword", "The current password is wrong.");
            return Page();
        }

        return LocalRedirect("/account?changed=true");
    }
}
