using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Profile;

namespace Soleus.Web.Features.Accounts;

/// <summary>Gathers everything held about a person for an export, and audits that it was taken.</summary>
public sealed class AccountExport(SoleusDb db, Profiles profiles, Plans plans)
{
    /// <param name="format">How it leaves and to whom ("json", "csv", "fhir, by clinician …"), for the audit trail.</param>
    public async Task<Everything> Gather(Guid accountId, string format, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.StartedAt).ToListAsync();
        var screenings = await db.ScreeningEvents.AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.At).ToListAsync();
        Audit.Add(db, Audit.Export, accountId, format, origin.Address, now);
        await db.SaveChangesAsync();
        return new(
            now,
            new AccountFacts(account.Email, account.CreatedAt, account.DisclaimerAcceptedAt, account.TimeZone),
            await profiles.Load(accountId),
            sessions.ConvertAll(s => s.ToReport()),
            screenings.ConvertAll(e => new Everything.Screening(e.At, e.Verdict, JsonDocument.Parse(e.Reasons).RootElement)),
            await plans.Last(accountId));
    }
}
