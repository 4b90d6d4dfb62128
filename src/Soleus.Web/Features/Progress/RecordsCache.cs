using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// Each person's session records as last read, kept with the version they were read at: how many sessions had ever
/// been stored for the person, which the database counts as it inserts each (<see cref="Account.SessionsSaved"/>).
/// Sessions are only ever added (a save stores a session once; deleting one goes with the whole account), so the same
/// version means the same records, whichever instance saved them. Each read asks the database for the version, one
/// key lookup, and reads the records again only when it changed. At most <see cref="MaxRecords"/> records are held,
/// the least used let go first.
/// </summary>
public sealed class RecordsCache : IDisposable
{
    public const int MaxRecords = 200_000;

    private static readonly RecordsVersion None = new(0);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxRecords });

    /// <summary>
    /// One read of many people's records at a time: requests that arrive together on a cold cache (a clinician's list
    /// after a start) read each person once instead of once per request.
    /// </summary>
    private readonly SemaphoreSlim reading = new(1, 1);

    /// <summary>The version query, compiled once for this app's model.</summary>
    private readonly Func<SoleusDb, Guid, Task<RecordsVersion?>> version = EF.CompileAsyncQuery((SoleusDb db, Guid accountId) =>
        db.Accounts.Where(a => a.Id == accountId).Select(a => new RecordsVersion(a.SessionsSaved)).SingleOrDefault());

    /// <summary>The person's records as they stand now, holding at least those that started at <paramref name="since"/> or later.</summary>
    public async Task<RecordsSnapshot> Current(SoleusDb db, Guid accountId, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await version(db, accountId) ?? None;
        // Read after the version: a session saved in between is in the records, and the next version differs.
        return Kept(accountId, current, since)
            ?? Keep(accountId, new(current, since, await db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).ToRecordsAsync()));
    }

    /// <summary>
    /// The records of each of the people as they stand now, as <see cref="Current(SoleusDb, Guid, DateTimeOffset)"/>
    /// gives them one by one, from one version query for all of them and one read for those whose kept records are out
    /// of date.
    /// </summary>
    public async Task<Dictionary<Guid, RecordsSnapshot>> Current(SoleusDb db, IReadOnlyCollection<Guid> accountIds, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accountIds);
        var ids = accountIds.ToArray();
        var versions = await db.Accounts.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.SessionsSaved })
            .ToDictionaryAsync(a => a.Id, a => new RecordsVersion(a.SessionsSaved));
        var found = new Dictionary<Guid, RecordsSnapshot>(ids.Length);
        bool Found(Guid id) => Kept(id, versions.GetValueOrDefault(id) ?? None, since) is { } kept && found.TryAdd(id, kept);
        var stale = ids.Where(id => !Found(id)).ToList();
        if (stale.Count == 0)
        {
            return found;
        }

        await reading.WaitAsync();
        try
        {
            // Another request may have read them while this one waited.
            stale.RemoveAll(Found);
            if (stale.Count > 0)
            {
                var read = await db.Sessions.Where(s => stale.Contains(s.AccountId) && s.StartedAt >= since).ToRecordsByAccountAsync();
                foreach (var id in stale)
                {
                    found[id] = Keep(id, new(versions.GetValueOrDefault(id) ?? None, since, read.GetValueOrDefault(id) ?? []));
                }
            }
        }
        finally
        {
            reading.Release();
        }

        return found;
    }

    public void Dispose()
    {
        cache.Dispose();
        reading.Dispose();
    }

    private RecordsSnapshot? Kept(Guid accountId, RecordsVersion current, DateTimeOffset since) =>
        cache.TryGetValue(accountId, out RecordsSnapshot? kept) && kept!.Version == current && kept.Since <= since ? kept : null;

    private RecordsSnapshot Keep(Guid accountId, RecordsSnapshot snapshot)
    {
        cache.Set(accountId, snapshot, new MemoryCacheEntryOptions { Size = Math.Max(1, snapshot.Records.Count) });
        return snapshot;
    }
}
