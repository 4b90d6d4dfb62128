using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Signs out on POST only; a GET (a followed link) changes nothing and goes to the account page.</summary>
public sealed class SignOutModel(AccountActions accounts, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostAsync()
    {
        await CookieSignIn.End(HttpContext, accounts, time.GetUtcNow());
        return LocalRedirect("/");
    }
}
