using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>A clinician's linked people, who needs attention first: safety stops, then referral advice, then a fall in sessions.</summary>
[Authorize]
public sealed class PatientsModel(Links links, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public IReadOnlyList<PatientRow> Rows { get; private set; } = [];

    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await links.Patients(account.Required, time.GetUtcNow()) is not { } rows)
        {
            return NotFound();
        }

        Rows = rows;
        Clock = new(await accounts.TimeZone(account.Required));
        return Page();
    }

    /// <summary>"1.5" or "2": a weekly average as people say it.</summary>
    public static string Weekly(double sessions) => sessions.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
