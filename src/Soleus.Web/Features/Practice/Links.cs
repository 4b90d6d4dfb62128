using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Progress;
using Soleus.Web.Data;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// Links between clinicians and people, only ever by the person's consent: a clinician makes a short code, the person
/// reads what the clinician would see and agrees, and either side ends the link at any time. A clinician sees a person
/// only while a link stands and the clinician is still one of a practice. Consent and unlinking are audited, with no
/// health value in the audit row.
/// </summary>
public sealed class Links(SoleusDb db, ProgressReports progress)
{
    /// <summary>Characters in a link code (30 letters and digits each: about 39 bits, for a code that lives minutes).</summary>
    public const int CodeLength = 8;

    /// <summary>How long a link code can be used.</summary>
    public static TimeSpan CodeLife { get; } = TimeSpan.FromMinutes(30);

    /// <summary>How many weeks of sessions the clinician's view counts.</summary>
    public const int WeeksShown = 12;

    /// <summary>How far back the patient list counts safety stops.</summary>
    public static TimeSpan StopsWindow { get; } = TimeSpan.FromDays(28);

    /// <summary>A new link code for a clinician to hand over; null when the account is no clinician.</summary>
    public async Task<MadeCode?> MakeCode(Guid clinicianId, DateTimeOffset now)
    {
        if (!await IsClinician(clinicianId))
        {
            return null;
        }

        var code = OneTimeCode.Make(CodeLength);
        var made = new LinkCode { Id = Guid.NewGuid(), ClinicianId = clinicianId, CodeHash = OneTimeCode.Hash(code), CreatedAt = now, ExpiresAt = now + CodeLife };
        db.LinkCodes.Add(made);
        await db.SaveChangesAsync();
        return new(made.Id, code, made.ExpiresAt);
    }

    /// <summary>How many of the clinician's link codes could still be used; null when the account is no clinician.</summary>
    public async Task<int?> OpenCodes(Guid clinicianId, DateTimeOffset now) =>
        await IsClinician(clinicianId) ? await Open(clinicianId, now).CountAsync() : null;

    /// <summary>
    /// Ends every code of the clinician's that could still be used (one shown to the wrong person, say), so none links
    /// anyone; returns how many, or null when the account is no clinician.
    /// </summary>
    public async Task<int?> WithdrawCodes(Guid clinicianId, DateTimeOffset now) =>
        await IsClinician(clinicianId) ? await Open(clinicianId, now).ExecuteUpdateAsync(c => c.SetProperty(x => x.ExpiresAt, now)) : null;

    /// <summary>Whom the code would link the person with, or the problem with the code.</summary>
    public async Task<Checked<LinkPreview>> Preview(Guid personId, string? code, DateTimeOffset now)
    {
        var found = await Find(personId, code, now);
        return found.IsValid ? Checked.Valid(found.Value.Preview) : Checked.Invalid<LinkPreview>(found.Problems);
    }

    /// <summary>The person agrees to the link the code offers: the code is used up and the consent audited.</summary>
    public async Task<Checked<Guid>> Consent(Guid personId, string? code, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var found = await Find(personId, code, now);
        if (!found.IsValid)
        {
            return Checked.Invalid<Guid>(found.Problems);
        }

        var (codeId, clinicianId, _) = found.Value;
        if (await db.LinkCodes.Where(c => c.Id == codeId && c.UsedAt == null).ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now)) == 0)
        {
            return Checked.Invalid<Guid>([new("code", Practices.CodeWrong)]);
        }

        var link = new PatientLink { Id = Guid.NewGuid(), PersonId = personId, ClinicianId = clinicianId, ConsentedAt = now };
        db.PatientLinks.Add(link);
        Audit.Add(db, Audit.LinkConsented, personId, $"clinician {clinicianId}", origin.Address, now);
        await db.SaveChangesAsync();
        return Checked.Valid(link.Id);
    }

    /// <summary>The person's links, standing ones first, then the ended ones, newest first.</summary>
    public async Task<List<PersonLink>> Of(Guid personId)
    {
        var links = await db.PatientLinks.AsNoTracking().Where(l => l.PersonId == personId)
            .Join(db.Accounts, l => l.ClinicianId, a => a.Id, (l, a) => new { l, a.Email })
            .GroupJoin(db.PracticeMembers, x => x.l.ClinicianId, m => m.AccountId, (x, m) => new { x.l, x.Email, m })
            .SelectMany(x => x.m.DefaultIfEmpty(), (x, m) => new { x.l, x.Email, PracticeId = m == null ? (Guid?)null : m.PracticeId })
            .GroupJoin(db.Practices, x => x.PracticeId, p => p.Id, (x, p) => new { x.l, x.Email, p })
            .SelectMany(x => x.p.DefaultIfEmpty(), (x, p) => new PersonLink(x.l.Id, x.Email, p == null ? "" : p.Name, x.l.ConsentedAt, x.l.EndedAt))
            .ToListAsync();
        return [.. links.OrderBy(l => l.EndedAt is not null).ThenByDescending(l => l.ConsentedAt)];
    }

    /// <summary>The person ends one of their standing links; false when they have no such link.</summary>
    public Task<bool> EndByPerson(Guid personId, Guid linkId, DateTimeOffset now, RequestOrigin origin) =>
        End(db.PatientLinks.Where(l => l.Id == linkId && l.PersonId == personId), "by the person", now, origin);

    /// <summary>The clinician ends their standing link with the person; false when there is none.</summary>
    public Task<bool> EndByClinician(Guid clinicianId, Guid personId, DateTimeOffset now, RequestOrigin origin) =>
        End(db.PatientLinks.Where(l => l.ClinicianId == clinicianId && l.PersonId == personId), "by the clinician", now, origin);

    /// <summary>
    /// True while the person has a standing link with the clinician and the clinician is one of a practice: the one
    /// check every reading of a person's records by a clinician passes (and that a clinician's clearance will pass).
    /// </summary>
    public Task<bool> IsLinked(Guid clinicianId, Guid personId) =>
        Standing(clinicianId).AnyAsync(l => l.PersonId == personId);

    /// <summary>The clinician's linked people, who needs attention first; null when the account is no clinician.</summary>
    public async Task<List<PatientRow>?> Patients(Guid clinicianId, DateTimeOffset now)
    {
        if (!await IsClinician(clinicianId))
        {
            return null;
        }

        var people = await Standing(clinicianId).Join(db.Accounts, l => l.PersonId, a => a.Id, (l, a) => new { l.PersonId, a.Email, l.ConsentedAt }).ToListAsync();
        var ids = people.Select(p => p.PersonId).ToList();
        var since = now - StopsWindow;
        var screeningStops = await db.ScreeningEvents.AsNoTracking().Where(e => ids.Contains(e.AccountId) && e.At >= since)
            .GroupBy(e => e.AccountId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var assigned = await PlansThatApply().Where(p => ids.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, p => (int?)p.SessionsAWeek);
        var (weekAgo, fiveWeeksAgo) = (now.AddDays(-7), now.AddDays(-35));
        var each = await progress.Each(ids, fiveWeeksAgo, now);
        var rows = new List<PatientRow>(people.Count);
        foreach (var person in people)
        {
            var (records, report) = each[person.PersonId];
            var lastWeek = records.Count(r => r.StartedAt > weekAgo);
            var before = records.Count(r => r.StartedAt > fiveWeeksAgo && r.StartedAt <= weekAgo) / 4.0;
            var stops = records.Count(r => r.SafetyStop && r.StartedAt >= since) + screeningStops.GetValueOrDefault(person.PersonId);
            rows.Add(new(person.PersonId, person.Email, person.ConsentedAt, lastWeek, before, stops, report.Referrals) { SessionsAWeek = assigned.GetValueOrDefault(person.PersonId) });
        }

        return [.. rows.OrderByDescending(r => r.Stops).ThenByDescending(r => r.Referrals.Count).ThenByDescending(r => r.Fall).ThenBy(r => r.Email, StringComparer.Ordinal)];
    }

    /// <summary>The clinician's view of one linked person over the period; null unless the person is linked with them.</summary>
    public async Task<PatientView?> Patient(Guid clinicianId, Guid personId, ReportPeriod period, DateTimeOffset now)
    {
        var link = await Standing(clinicianId).Where(l => l.PersonId == personId).Select(l => new { l.ConsentedAt }).FirstOrDefaultAsync();
        if (link is null)
        {
            return null;
        }

        var summary = await progress.Summary(personId, period, now);
        var records = await progress.Records(personId, now);
        var weeks = Enumerable.Range(1, WeeksShown).Select(back => now.AddDays(-7 * back))
            .Select(start => new WeekCount(start, records.Count(r => r.StartedAt > start && r.StartedAt <= start.AddDays(7))))
            .ToList();
        return new(personId, summary.Email, link.ConsentedAt, weeks, summary);
    }

    private IQueryable<LinkCode> Open(Guid clinicianId, DateTimeOffset now) =>
        db.LinkCodes.Where(c => c.ClinicianId == clinicianId && c.UsedAt == null && c.ExpiresAt > now);

    /// <summary>The assigned plans that apply: each set by a clinician whose link with the person still stands.</summary>
    public IQueryable<AssignedPlan> PlansThatApply()
    {
        var standing = Standing();
        return db.AssignedPlans.AsNoTracking().Where(p => standing.Any(l => l.PersonId == p.PersonId && l.ClinicianId == p.ClinicianId));
    }

    private IQueryable<PatientLink> Standing() =>
        db.PatientLinks.AsNoTracking().Where(l => l.EndedAt == null && db.PracticeMembers.Any(m => m.AccountId == l.ClinicianId && m.Role == PracticeRole.Clinician));

    private IQueryable<PatientLink> Standing(Guid clinicianId) => Standing().Where(l => l.ClinicianId == clinicianId);

    private Task<bool> IsClinician(Guid accountId) =>
        db.PracticeMembers.AnyAsync(m => m.AccountId == accountId && m.Role == PracticeRole.Clinician);

    private async Task<bool> End(IQueryable<PatientLink> links, string by, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var link = await links.Where(l => l.EndedAt == null).FirstOrDefaultAsync();
        if (link is null)
        {
            return false;
        }

        link.EndedAt = now;
        Audit.Add(db, Audit.LinkEnded, link.PersonId, $"clinician {link.ClinicianId}, {by}", origin.Address, now);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The unused, unexpired code's id, clinician and preview, or the problem with it.</summary>
    private async Task<Checked<(Guid CodeId, Guid ClinicianId, LinkPreview Preview)>> Find(Guid personId, string? code, DateTimeOffset now)
    {
        if (!OneTimeCode.Plausible(code))
        {
            return Checked.Invalid<(Guid, Guid, LinkPreview)>([new("code", "Enter the code your clinician gave you, for example ABCD-EFGH.")]);
        }

        var hash = OneTimeCode.Hash(code!);
        var found = await db.LinkCodes.AsNoTracking().Where(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .Join(db.Accounts, c => c.ClinicianId, a => a.Id, (c, a) => new { c.Id, c.ClinicianId, a.Email })
            .Join(db.PracticeMembers.Where(m => m.Role == PracticeRole.Clinician), x => x.ClinicianId, m => m.AccountId, (x, m) => new { x.Id, x.ClinicianId, x.Email, m.PracticeId })
            .Join(db.Practices, x => x.PracticeId, p => p.Id, (x, p) => new { x.Id, x.ClinicianId, x.Email, p.Name })
            .SingleOrDefaultAsync();
        FieldProblem? problem = found switch
        {
            null => new("code", Practices.CodeWrong),
            _ when found.ClinicianId == personId => new("code", "This code is your own: give it to the person who is to link with you."),
            _ when await db.PatientLinks.AnyAsync(l => l.PersonId == personId && l.ClinicianId == found.ClinicianId && l.EndedAt == null) =>
                new("code", "You are already linked with this clinician."),
            _ => null,
        };
        return problem is null
            ? Checked.Valid((found!.Id, found.ClinicianId, new LinkPreview(found.Email, found.Name)))
            : Checked.Invalid<(Guid, Guid, LinkPreview)>([problem]);
    }
}
