using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>
/// A member's page of their practice: an administrator invites clinicians and sees the members; a clinician makes
/// link codes (text and QR code), withdraws those not used yet, and goes on to the patient list. Anyone else is answered 404.
/// </summary>
[Authorize]
public sealed class IndexModel(Practices practices, Links links, AccountActions accounts, CurrentAccount account, IOptions<PasskeyOptions> site, TimeProvider time) : PageModel
{
    public Membership Membership { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The invitation or link code just made, shown once.</summary>
    public MadeCode? Made { get; private set; }

    /// <summary>The address the link code's QR code opens: the consent page with the code filled in.</summary>
    public string? LinkAddress { get; private set; }

    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    /// <summary>How many of a clinician's link codes could still be used.</summary>
    public int OpenCodes { get; private set; }

    /// <summary>How many codes the clinician has just withdrawn, when they have.</summary>
    public int? Withdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var made = await practices.Invite(account.Required, Email ?? "", time.GetUtcNow(), account.Origin);
        if (made is null || !await Load())
        {
            return NotFound();
        }

        Errors.Add(made.Problems);
        Made = made.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostLinkCodeAsync()
    {
        if (await links.MakeCode(account.Required, time.GetUtcNow()) is not { } made || !await Load())
        {
            return NotFound();
        }

        Made = made;
        LinkAddress = $"{site.Value.Origins[0].TrimEnd('/')}/account/link?code={made.Code}";
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawCodesAsync()
    {
        if (await links.WithdrawCodes(account.Required, time.GetUtcNow()) is not { } withdrawn || !await Load())
        {
            return NotFound();
        }

        Withdrawn = withdrawn;
        return Page();
    }

    private async Task<bool> Load()
    {
        if (await practices.MembershipOf(account.Required) is not { } membership)
        {
            return false;
        }

        Membership = membership;
        Members = membership.Administrator ? await practices.Members(account.Required) ?? [] : [];
        Clock = new(await accounts.TimeZone(account.Required));
        OpenCodes = await links.OpenCodes(account.Required, time.GetUtcNow()) ?? 0;
        return true;
    }
}
