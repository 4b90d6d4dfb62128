using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>Signs out on POST only; a GET (a followed link) changes nothing and goes to the account page.</summary>
public sealed class SignOutModel(SoleusDb db, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostAsync()
    {
        await CookieSignIn.End(HttpContext, db, time.GetUtcNow());
        return LocalRedirect("/");
    }
}
