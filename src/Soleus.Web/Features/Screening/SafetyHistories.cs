using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Screening;

/// <summary>
/// A person's safety history as the server keeps it: every session that ended with a safety stop, however old, and
/// the clearances recorded since; and recording a clearance of their own. The screening weighs it with each answer.
/// </summary>
public sealed class SafetyHistories(SoleusDb db)
{
    private static readonly string[] SafetyStops = [.. Enum.GetValues<StopReason>().Where(CarriedStops.Carries).Select(WireNames.Name)];

    public async Task<SafetyHistory> Of(Guid accountId)
    {
        var stops = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.StopReason != null && SafetyStops.Contains(s.StopReason))
            .Select(s => new { s.StopReason, s.EndedAt })
            .ToListAsync();
        var clearances = await db.Clearances.AsNoTracking().Where(c => c.AccountId == accountId).ToListAsync();
        return new(
            [.. stops.Select(s => new KeptStop(WireNames.Parse<StopReason>(s.StopReason)!.Value, s.EndedAt))],
            [.. clearances.Select(ToClearance)]);
    }

    /// <summary>Records that a professional saw the person about the stops named; it is checked first, and kept whole or not at all.</summary>
    public async Task<Checked<Clearance>> RecordOwn(Guid accountId, ClearanceSheet sheet, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var read = sheet.Read(now);
        if (read.Value is { } clearance)
        {
            db.Clearances.Add(ToStored(accountId, clearance));
            await db.SaveChangesAsync();
        }

        return read;
    }

    /// <summary>The clearance as stored for the account.</summary>
    internal static StoredClearance ToStored(Guid accountId, Clearance clearance) => new()
    {
        AccountId = accountId,
        By = WireNames.Name(clearance.By),
        Who = clearance.Who,
        SeenOn = clearance.SeenOn,
        RecordedAt = clearance.RecordedAt,
        Reasons = string.Join(' ', clearance.Reasons),
        Legs = string.Join(' ', clearance.Legs.Select(WireNames.Name)),
        Tools = clearance.Tools is { } tools ? string.Join(' ', tools) : null,
        ValidUntil = clearance.ValidUntil,
        Note = clearance.Note,
        MinutesCap = clearance.MinutesCap,
    };

    /// <summary>The stored clearance as the domain's.</summary>
    internal static Clearance ToClearance(StoredClearance c) => new(
        WireNames.Parse<ClearedBy>(c.By) ?? ClearedBy.Self,
        c.Who,
        c.SeenOn,
        c.RecordedAt,
        c.Reasons.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        [.. c.Legs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => WireNames.Parse<Leg>(l)!.Value)],
        c.Tools?.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        c.ValidUntil,
        c.Note,
        c.MinutesCap);
}
