using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>
/// The person's links with clinicians: enter a clinician's code, read whom it links and exactly what they would see,
/// agree or not, and end any link at any time.
/// </summary>
[Authorize]
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class LinkModel(Links links, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Whom the code links with, once checked: the page then asks for agreement.</summary>
    public LinkPreview? Preview { get; private set; }

    public IReadOnlyList<PersonLink> Existing { get; private set; } = [];

    /// <summary>What was just done ("linked" or "ended").</summary>
    public string? Done { get; private set; }

    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public Task OnGetAsync(string? done = null)
    {
        Done = done is "linked" or "ended" ? done : null;
        return Load();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        var preview = await links.Preview(account.Required, Code, time.GetUtcNow());
        Errors.Add(preview.Problems);
        Preview = preview.Value;
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAgreeAsync()
    {
        var linked = await links.Consent(account.Required, Code, time.GetUtcNow(), account.Origin);
        if (linked.IsValid)
        {
            return LocalRedirect("/account/link?done=linked");
        }

        Errors.Add(linked.Problems);
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id) =>
        await links.EndByPerson(account.Required, id, time.GetUtcNow(), account.Origin) ? LocalRedirect("/account/link?done=ended") : NotFound();

    private async Task Load()
    {
        Existing = await links.Of(account.Required);
        Clock = new(await accounts.TimeZone(account.Required));
    }
}
