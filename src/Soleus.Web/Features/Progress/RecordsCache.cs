using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// Each person's session records as last read, kept with the version they were read at: how many sessions the person
/// had and the highest row id among them. Sessions are only ever added (a save stores a session once; deleting one
/// goes with the whole account), so the same version means the same records, whichever instance saved them. Each
/// read asks the database for the version, a count over the person's index entries, and reads the records again
/// only when it changed. At most <see cref="MaxRecords"/> records are held, the least used let go first.
/// </summary>
public sealed class RecordsCache : IDisposable
{
    public const int MaxRecords = 200_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxRecords });

    /// <summary>The version query, compiled once for this app's model.</summary>
    private readonly Func<SoleusDb, Guid, Task<RecordsVersion?>> version = EF.CompileAsyncQuery((SoleusDb db, Guid accountId) =>
        db.Sessions.Where(s => s.AccountId == accountId).GroupBy(s => s.AccountId).Select(g => new RecordsVersion(g.Count(), g.Max(s => s.Id))).SingleOrDefault());

    /// <summary>The person's records as they stand now, holding at least those that started at <paramref name="since"/> or later.</summary>
    public async Task<RecordsSnapshot> Current(SoleusDb db, Guid accountId, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await version(db, accountId) ?? new RecordsVersion(0, 0);
        if (cache.TryGetValue(accountId, out RecordsSnapshot? kept) && kept!.Version == current && kept.Since <= since)
        {
            return kept;
        }

        // Read after the version: a session saved in between is in the records, and the next version differs.
        var snapshot = new RecordsSnapshot(current, since, await db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).ToRecordsAsync());
        cache.Set(accountId, snapshot, new MemoryCacheEntryOptions { Size = Math.Max(1, snapshot.Records.Count) });
        return snapshot;
    }

    public void Dispose() => cache.Dispose();
}
