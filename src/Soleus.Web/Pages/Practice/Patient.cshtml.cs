using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>
/// A clinician's view of one linked person: their plan and sessions per week against it, then the printable summary's sheets over the last
/// <see cref="ReportPeriod.DefaultDays"/> days; and unlinking. A person not linked with the clinician is a 404.
/// </summary>
[Authorize]
public sealed class PatientModel(Links links, AssignedPlans plans, Questionnaire questionnaire, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public PatientView View { get; private set; } = null!;

    public SummarySheets Sheets { get; private set; } = null!;

    /// <summary>The plan that applies to the person, which each week is held against; null when none does.</summary>
    public PlanFromClinician? Plan { get; private set; }

    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Clock = new(await accounts.TimeZone(account.Required));
        if (await links.Patient(account.Required, id, ReportPeriod.Recent(Now, Clock.Zone), Now) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Plan = await plans.Of(id); // the view above is null unless they are linked
        Sheets = new(view.Summary, questionnaire, Clock, Now);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id) =>
        await links.EndByClinician(account.Required, id, time.GetUtcNow(), account.Origin) ? LocalRedirect("/practice/patients") : NotFound();
}
