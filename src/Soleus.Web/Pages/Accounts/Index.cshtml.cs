using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Pages.Accounts;

/// <summary>The account page: who is signed in, and the ways to change the password, sign out or delete everything.</summary>
public sealed class IndexModel(SoleusDb db) : PageModel
{
    public Account? Account { get; private set; }

    public bool PasswordChanged { get; private set; }

    public async Task OnGetAsync(bool changed = false)
    {
        PasswordChanged = changed;
        if (User.Identity?.IsAuthenticated == true)
        {
            var accountId = User.AccountId();
            Account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId);
        }
    }
}
