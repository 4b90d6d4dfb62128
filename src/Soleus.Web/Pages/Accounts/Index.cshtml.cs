using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>The account page: who is signed in, their passkeys, and the ways to change the password, sign out or delete everything.</summary>
public sealed class IndexModel(AccountActions accounts, Passkeys passkeys, Practices practices, CurrentAccount account) : PageModel
{
    /// <summary>The practice the account is a member of, or null: the page then leads to it.</summary>
    public Membership? Membership { get; private set; }

    public AccountFacts? Account { get; private set; }

    public bool PasswordChanged { get; private set; }

    public IReadOnlyList<PasskeyFacts> PasskeyList { get; private set; } = [];

    /// <summary>What was just done to a passkey, after passkeys.js comes back here ("added" or "removed").</summary>
    public string? PasskeyNotice { get; private set; }

    /// <summary>The reader's clock, for the account's dates.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task OnGetAsync(bool changed = false, string? passkey = null)
    {
        PasswordChanged = changed;
        PasskeyNotice = passkey switch
        {
            "added" => "Your passkey has been added. You can sign in with it next time.",
            "removed" => "The passkey has been removed. It no longer signs you in.",
            _ => null,
        };
        if (account.Id is { } id)
        {
            Account = await accounts.Find(id);
            PasskeyList = await passkeys.List(id);
            Membership = await practices.MembershipOf(id);
            Clock = new(await accounts.TimeZone(id));
        }
    }
}
