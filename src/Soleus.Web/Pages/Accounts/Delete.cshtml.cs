using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Deletes the account and every row that belongs to it, once the password confirms it.</summary>
[Authorize]
public sealed class DeleteModel(SoleusDb db, IPasswordHasher<Account> hasher, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var accountId = User.AccountId();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        if (string.IsNullOrEmpty(Password) || Password.Length > PasswordRules.MaxLength
            || hasher.VerifyHashedPassword(account, account.PasswordHash, Password) == PasswordVerificationResult.Failed)
        {
            Errors.Add("password", "That is not your password, so nothing was deleted.");
            return Page();
        }

        var now = time.GetUtcNow();
        await CookieSignIn.End(HttpContext, db, now);
        await AccountActions.Delete(db, accountId, now, HttpContext);
        return LocalRedirect("/?deleted=true");
    }
}
