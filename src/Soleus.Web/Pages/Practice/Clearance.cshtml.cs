using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>
/// A clinician records a clearance for a linked person (<see cref="ClinicianClearanceSheet"/>), with the reasons that
/// stand for them now listed first, and ends one early. A person not linked with the clinician is a 404. Every tool
/// ticked means any tool; a cap that is not a whole number gets the cap's own rule.
/// </summary>
[Authorize]
public sealed class ClearanceModel(PatientClearances clearances, Protocol protocol, CurrentAccount account, TimeProvider time) : PageModel
{
    public ClearancesOfPatient Patient { get; private set; } = null!;

    /// <summary>The tools a clearance can allow besides the hands, which it always allows.</summary>
    public IReadOnlyList<Equipment> Tools { get; } = [.. protocol.Preparation.Equipment.Where(e => e.Id != "hands")];

    public (int Min, int Max) Minutes { get; } = PlanRequest.MinutesAllowed(protocol);

    public DateOnly Today { get; private set; }

    public FormErrors Errors { get; } = new();

    public bool Recorded { get; private set; }

    /// <summary>The form as sent, or as it starts: both legs, every tool, no cap.</summary>
    public ClinicianClearanceSheet Values { get; private set; } = new([], ["left", "right"], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, bool recorded = false)
    {
        Recorded = recorded;
        return await Load(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var form = Request.Form;
        var tools = form["tools"].ToList();
        var cap = form["minutesCap"].ToString().Trim();
        var legs = form["legs"].ToList();
        Values = new(
            [.. form["reasons"]],
            legs.Count == 2 ? [] : legs.Count == 0 ? [""] : legs,
            tools.Count == Tools.Count ? null : tools,
            cap.Length == 0 ? null : int.TryParse(cap, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : -1,
            form["validUntil"],
            form["note"]);
        var read = await clearances.Record(account.Required, id, Values, time.GetUtcNow(), account.Origin);
        if (read is null)
        {
            return NotFound();
        }

        if (read.IsValid)
        {
            return RedirectToPage(new { id, recorded = true });
        }

        Errors.Add(read.Problems);
        Values = Values with { Legs = legs, Tools = tools };
        return await Load(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, long clearanceId) =>
        await clearances.End(account.Required, id, clearanceId, time.GetUtcNow(), account.Origin) ? RedirectToPage(new { id }) : NotFound();

    /// <summary>Whether the tool is ticked on the form: every one at first, then as sent.</summary>
    public bool Allows(string tool) => Values.Tools is not { } tools || tools.Contains(tool);

    private async Task<bool> Load(Guid id)
    {
        var now = time.GetUtcNow();
        Today = await clearances.Today(account.Required, now);
        if (await clearances.Of(account.Required, id, now) is not { } patient)
        {
            return false;
        }

        Patient = patient;
        return true;
    }
}
