using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Sessions;

/// <summary>
/// A person's finished and stopped sessions: save one (idempotent on its client id, so a retry never stores twice;
/// a safety stop is audited), list them, read one.
/// </summary>
public sealed class SessionLog(SoleusDb db, Protocol protocol)
{
    /// <summary>Refused reads audited per account per hour; the last says that no more are, so no one can flood the trail.</summary>
    public const int RefusalsAuditedPerHour = 10;

    public async Task<Checked<SavedSession>> Save(SessionReport report, Guid accountId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(origin);
        if (report.Problems(protocol, now) is { Count: > 0 } problems)
        {
            return Checked.Invalid<SavedSession>(problems);
        }

        if (await Stored(accountId, report.ClientId) is { } existing)
        {
            return Checked.Valid(new SavedSession(existing.ToReport(), Created: false));
        }

        db.Sessions.Add(StoredSessions.From(report, accountId, now));
        if (report.ToRecord().SafetyStop)
        {
            Audit.Add(db, Audit.SafetyStop, accountId, null, origin.Address, now);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrent retry with the same client id won the unique index: answer with what it stored.
            var raced = await Stored(accountId, report.ClientId) ?? throw new InvalidOperationException("The session could not be stored.");
            return Checked.Valid(new SavedSession(raced.ToReport(), Created: false));
        }

        return Checked.Valid(new SavedSession(report, Created: true));
    }

    /// <summary>The person's sessions that started in [from, to), newest first; a bound outside the recorded times is a problem.</summary>
    public async Task<Checked<List<SessionReport>>> List(Guid accountId, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        var problems = new[] { ("from", from), ("to", to) }
            .Select(b => b.Item2 is { } at ? RecordedTimes.Check(b.Item1, at, now) : null).OfType<FieldProblem>().ToList();
        if (problems.Count > 0)
        {
            return Checked.Invalid<List<SessionReport>>(problems);
        }

        var query = db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId);
        if (from is { } start)
        {
            query = query.Where(s => s.StartedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(s => s.StartedAt < end);
        }

        return Checked.Valid((await query.OrderByDescending(s => s.StartedAt).ToListAsync()).ConvertAll(s => s.ToReport()));
    }

    /// <summary>
    /// One of the person's sessions; another person's id, like an unknown one, is null and audited, up to
    /// <see cref="RefusalsAuditedPerHour"/> an hour.
    /// </summary>
    public async Task<SessionReport?> Find(Guid accountId, Guid clientId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (await Stored(accountId, clientId) is { } stored)
        {
            return stored.ToReport();
        }

        var since = now - TimeSpan.FromHours(1);
        var audited = await db.AuditEvents.CountAsync(e => e.AccountId == accountId && e.Kind == Audit.AccessRefused && e.At > since);
        if (audited < RefusalsAuditedPerHour)
        {
            var detail = audited == RefusalsAuditedPerHour - 1 ? "GET /api/sessions/{id}: no more refusals audited this hour" : $"GET /api/sessions/{clientId}";
            Audit.Add(db, Audit.AccessRefused, accountId, detail, origin.Address, now);
            await db.SaveChangesAsync();
        }

        return null;
    }

    private Task<StoredSession?> Stored(Guid accountId, Guid clientId) =>
        db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == accountId && s.ClientId == clientId);
}
