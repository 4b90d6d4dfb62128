using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>The first page: what Soleus is, the medical disclaimer and the DVT warning, accepted once.</summary>
public sealed class IndexModel(Protocol protocol, Questionnaire questionnaire, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public Protocol Protocol { get; } = protocol;

    public Questionnaire Questionnaire { get; } = questionnaire;

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>
    /// Where to go once the disclaimer is accepted: the page that asked for it (only a local path is followed), else the
    /// questions before a session, which is what reading it is for.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Deleted { get; private set; }

    public bool SignedIn => account.SignedIn;

    public async Task OnGetAsync(bool deleted = false)
    {
        Deleted = deleted;
        AcceptedAt = await DisclaimerConsent.AcceptedAt(HttpContext, accounts, account);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await DisclaimerConsent.Accept(HttpContext, accounts, account, time.GetUtcNow());
        return LocalRedirect(ReturnPath.Safe(ReturnUrl) ?? "/screening");
    }
}
