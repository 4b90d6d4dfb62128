using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>The account page: who is signed in, and the ways to change the password, sign out or delete everything.</summary>
public sealed class IndexModel(AccountActions accounts, CurrentAccount account) : PageModel
{
    public AccountFacts? Account { get; private set; }

    public bool PasswordChanged { get; private set; }

    /// <summary>The reader's clock, for the account's dates.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task OnGetAsync(bool changed = false)
    {
        PasswordChanged = changed;
        if (account.Id is { } id)
        {
            Account = await accounts.Find(id);
            Clock = new(await accounts.TimeZone(id));
        }
    }
}
