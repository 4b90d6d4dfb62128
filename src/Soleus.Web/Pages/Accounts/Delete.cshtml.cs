using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Deletes the account and every row that belongs to it, once the password confirms it.</summary>
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
        if (!await accounts.IsPassword(account.Required, Password))
        {
            Errors.Add("password", "That is not your password, so nothing was deleted.");
            return Page();
        }

        var now = time.GetUtcNow();
        await CookieSignIn.End(HttpContext, accounts, now);
        await accounts.Delete(account.Required, now, account.Origin);
        return LocalRedirect("/?deleted=true");
    }
}
