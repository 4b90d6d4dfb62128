using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Web.Data;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// The plan a linked clinician sets for a person: the plan builder's choices, read by the same rule book as the
/// person's own (same fields, same words), and how many sessions a week. The latest replaces the one before. A plan
/// applies only while its clinician's link with the person stands (<see cref="Links.PlansThatApply"/>): it is not
/// deleted when the link ends, so it applies again if they link again. It never skips screening: it only fills in the
/// choices the questions page starts from. Setting and clearing are audited with who did it, never with the plan.
/// </summary>
public sealed class AssignedPlans(SoleusDb db, Protocol protocol, Links links, ProgressReports progress)
{
    public const int MostSessionsAWeek = 14;

    public const string SessionsAWeekField = "sessionsAWeek";

    public static string SessionsAWeekRule { get; } = $"Enter a whole number of sessions a week from 1 to {MostSessionsAWeek}.";

    /// <summary>The plan that applies to a linked person, as the clinician sees it; null with <c>Linked</c> false unless they are linked.</summary>
    public async Task<(bool Linked, PlanFromClinician? Plan)> ForClinician(Guid clinicianId, Guid personId) =>
        await links.IsLinked(clinicianId, personId) ? (true, await Of(personId)) : (false, null);

    /// <summary>Sets the person's plan, replacing any before it; null unless the person is linked with the clinician.</summary>
    public async Task<Checked<PlanFromClinician>?> Set(Guid clinicianId, Guid personId, PlanChoices choices, int? sessionsAWeek, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(origin);
        if (!await links.IsLinked(clinicianId, personId))
        {
            return null;
        }

        var problems = new List<FieldProblem>(choices.Read(protocol).Problems);
        if (sessionsAWeek is not (>= 1 and <= MostSessionsAWeek))
        {
            problems.Add(new(SessionsAWeekField, SessionsAWeekRule));
        }

        if (problems.Count > 0)
        {
            return Checked.Invalid<PlanFromClinician>(problems);
        }

        var plan = await db.AssignedPlans.SingleOrDefaultAsync(p => p.PersonId == personId);
        if (plan is null)
        {
            plan = new AssignedPlan { PersonId = personId };
            db.AssignedPlans.Add(plan);
        }

        (plan.ClinicianId, plan.Choices, plan.SessionsAWeek, plan.AssignedAt) = (clinicianId, KeptChoices.Write(choices), sessionsAWeek!.Value, now);
        Audit.Add(db, Audit.PlanAssigned, personId, $"clinician {clinicianId}", origin.Address, now);
        await db.SaveChangesAsync();
        return Checked.Valid((await Of(personId))!);
    }

    /// <summary>Clears the person's plan, if there is one; false unless the person is linked with the clinician.</summary>
    public async Task<bool> Clear(Guid clinicianId, Guid personId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (!await links.IsLinked(clinicianId, personId))
        {
            return false;
        }

        if (await db.AssignedPlans.SingleOrDefaultAsync(p => p.PersonId == personId) is { } plan)
        {
            db.AssignedPlans.Remove(plan);
            Audit.Add(db, Audit.PlanCleared, personId, $"clinician {clinicianId}", origin.Address, now);
            await db.SaveChangesAsync();
        }

        return true;
    }

    /// <summary>The plan that applies to the person and how many sessions they did in the last seven days; null when no plan applies.</summary>
    public async Task<(PlanFromClinician Plan, int SessionsLastWeek)?> Adherence(Guid personId, DateTimeOffset now) =>
        await Of(personId) is { } plan ? (plan, (await progress.Records(personId, now)).Count(r => r.StartedAt > now.AddDays(-7))) : null;

    /// <summary>The plan that applies to the person, or null when none does.</summary>
    public async Task<PlanFromClinician?> Of(Guid personId)
    {
        var found = await links.PlansThatApply().Where(p => p.PersonId == personId)
            .Join(db.Accounts, p => p.ClinicianId, a => a.Id, (p, a) => new { a.Email, p.AssignedAt, p.SessionsAWeek, p.Choices })
            .SingleOrDefaultAsync();
        return found is not null && KeptChoices.Read(found.Choices) is { } choices ? new(found.Email, found.AssignedAt, found.SessionsAWeek, choices) : null;
    }
}
