using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Profile;
using Soleus.Web.Features.Progress;
using Soleus.Web.Features.Screening;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// A linked clinician's clearances for a person (<see cref="ClinicianClearanceSheet"/>): reading them with the reasons
/// that stand now, recording one (who: the clinician's email and practice; seen: today in the clinician's time zone),
/// and ending one early. Everything is null (a 404) unless the person is linked with the clinician
/// (<see cref="Links.IsLinked"/>). Recording and ending are audited with ids only, no health value.
/// </summary>
public sealed class PatientClearances(
    SoleusDb db, Links links, Questionnaire questionnaire, Protocol protocol, AccountActions accounts, Profiles profiles, SafetyHistories histories, ProgressReports progress)
{
    public async Task<ClearancesOfPatient?> Of(Guid clinicianId, Guid personId, DateTimeOffset now)
    {
        if (!await links.IsLinked(clinicianId, personId))
        {
            return null;
        }

        var email = await db.Accounts.AsNoTracking().Where(a => a.Id == personId).Select(a => a.Email).SingleAsync();
        var profile = await profiles.Load(personId);
        var history = await histories.Of(personId);
        var standing = (profile?.Answers.Where(a => a.Value != Answer.No).Select(a => a.Key) ?? [])
            .Concat(CarriedStops.Unanswered(questionnaire, history, now).Select(r => r.QuestionId))
            .Concat((await progress.Report(personId, now)).Referrals.Where(r => r.Severity == ReferralSeverity.ProfessionalFirst).Select(r => r.RuleId))
            .ToHashSet();
        var liftable = ClinicianClearanceSheet.Liftable(questionnaire).OrderBy(r => !standing.Contains(r.Id)).ToList();
        var kept = await db.Clearances.AsNoTracking().Where(c => c.AccountId == personId).OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).ToListAsync();
        return new(email, liftable, [.. liftable.Select(r => r.Id).Where(standing.Contains)],
            [.. kept.Select(c => Kept(c, now))]);
    }

    /// <summary>The clinician's day at <paramref name="now"/>, in their time zone: the day they see the person.</summary>
    public async Task<DateOnly> Today(Guid clinicianId, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, await accounts.TimeZone(clinicianId)).DateTime);

    /// <summary>Records the clearance whole, or returns its problems by field and writes nothing; null unless linked.</summary>
    public async Task<Checked<PatientClearance>?> Record(Guid clinicianId, Guid personId, ClinicianClearanceSheet sheet, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(origin);
        if (!await links.IsLinked(clinicianId, personId))
        {
            return null;
        }

        var email = await db.Accounts.AsNoTracking().Where(a => a.Id == clinicianId).Select(a => a.Email).SingleAsync();
        var practice = await db.PracticeMembers.AsNoTracking().Where(m => m.AccountId == clinicianId)
            .Join(db.Practices, m => m.PracticeId, p => p.Id, (m, p) => p.Name).FirstAsync();
        var read = sheet.Read(questionnaire, protocol, $"{email} at {practice}", await Today(clinicianId, now), now);
        if (read.Value is not { } clearance)
        {
            return Checked.Invalid<PatientClearance>(read.Problems);
        }

        var stored = SafetyHistories.ToStored(personId, clearance);
        db.Clearances.Add(stored);
        Audit.Add(db, Audit.ClearanceRecorded, personId, $"clinician {clinicianId}", origin.Address, now);
        await db.SaveChangesAsync();
        return Checked.Valid(Kept(stored, now));
    }

    /// <summary>Ends a clinician's clearance for the person now, if it still holds; false when there is none such or no link.</summary>
    public async Task<bool> End(Guid clinicianId, Guid personId, long clearanceId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (!await links.IsLinked(clinicianId, personId))
        {
            return false;
        }

        var by = WireNames.Name(ClearedBy.Clinician);
        var stored = await db.Clearances.Where(c => c.Id == clearanceId && c.AccountId == personId && c.By == by).SingleOrDefaultAsync();
        if (stored is null || !Kept(stored, now).Holds)
        {
            return false;
        }

        stored.ValidUntil = now;
        Audit.Add(db, Audit.ClearanceEnded, personId, $"clinician {clinicianId}, clearance {clearanceId}", origin.Address, now);
        await db.SaveChangesAsync();
        return true;
    }

    private static PatientClearance Kept(StoredClearance stored, DateTimeOffset now)
    {
        var clearance = SafetyHistories.ToClearance(stored);
        return new(stored.Id, clearance, clearance.HoldsAt(now));
    }
}
