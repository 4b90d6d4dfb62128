using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Changes the password; every other sign-in of the account ends, this one stays.</summary>
[Authorize]
public sealed class PasswordModel(AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
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
        var check = await accounts.ChangePassword(account.Required, account.SessionId!.Value, CurrentPassword, NewPassword, time.GetUtcNow(), account.Origin);
        Errors.Add(check.RetryAt is { } at ? [new("currentPassword", Labels.TryAgainAfter(at))] : check.Problems);
        return Errors.Any ? Page() : LocalRedirect("/account?changed=true");
    }
}
