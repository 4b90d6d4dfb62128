using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Deletes the account and every row that belongs to it, once the password confirms it (throttled like signing in).</summary>
[Authorize]
public sealed class DeleteModel(AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var now = time.GetUtcNow();
        var check = await accounts.Recheck(account.Required, Password, "password", now, account.Origin);
        if (!check.Right)
        {
            Errors.Add("password", check.RetryAt is { } at ? Labels.TryAgainAfter(at) : "That is not your password, so nothing was deleted.");
            return Page();
        }

        await CookieSignIn.End(HttpContext, accounts, now);
        await accounts.Delete(account.Required, now);
        return LocalRedirect("/?deleted=true");
    }
}
