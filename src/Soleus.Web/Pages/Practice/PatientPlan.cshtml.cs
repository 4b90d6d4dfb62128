using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Practice;

/// <summary>
/// A clinician sets a linked person's plan (the plan builder's choices and sessions a week), which replaces the one
/// before, or clears it; the problems land on their fields in the rule book's words. A person not linked with the
/// clinician is a 404.
/// </summary>
[Authorize]
public sealed class PatientPlanModel(AssignedPlans plans, AccountActions accounts, Protocol protocol, CurrentAccount account, TimeProvider time) : PageModel
{
    public const int DefaultSessionsAWeek = 3;

    public Guid PersonId { get; private set; }

    public string Email { get; private set; } = "";

    /// <summary>The plan that applies now, or null.</summary>
    public PlanFromClinician? Current { get; private set; }

    public PlanInput Input { get; private set; } = null!;

    /// <summary>Sessions a week as typed.</summary>
    public string? SessionsAWeek { get; private set; }

    public FormErrors Errors { get; } = new();

    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await Load(id))
        {
            return NotFound();
        }

        Input = Current is null ? PlanInput.Defaults(protocol) : PlanInput.From(Current.Choices);
        SessionsAWeek = (Current?.SessionsAWeek ?? DefaultSessionsAWeek).ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Input = PlanInput.Read(Request.Form);
        SessionsAWeek = Request.Form[AssignedPlans.SessionsAWeekField].LastOrDefault();
        var sessions = int.TryParse(SessionsAWeek, NumberStyles.None, CultureInfo.InvariantCulture, out var typed) ? typed : (int?)null;
        switch (await plans.Set(account.Required, id, Input.Choices, sessions, time.GetUtcNow(), account.Origin))
        {
            case null:
                return NotFound();
            case { IsValid: true }:
                return LocalRedirect($"/practice/patients/{id}");
            case var refused:
                Errors.Add(refused.Problems);
                await Load(id);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostClearAsync(Guid id) =>
        await plans.Clear(account.Required, id, time.GetUtcNow(), account.Origin) ? LocalRedirect($"/practice/patients/{id}") : NotFound();

    /// <summary>The person, their plan and the reader's clock; false unless the person is linked with the clinician.</summary>
    private async Task<bool> Load(Guid id)
    {
        var (linked, current) = await plans.ForClinician(account.Required, id);
        if (!linked || await accounts.Find(id) is not { } person)
        {
            return false;
        }

        (PersonId, Email, Current) = (id, person.Email, current);
        Clock = new(await accounts.TimeZone(account.Required));
        return true;
    }
}
