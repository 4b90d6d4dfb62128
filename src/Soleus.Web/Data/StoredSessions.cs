using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Data;

/// <summary>
/// Converts between a stored session row and the domain's session report and record. Legs, ratings and
/// tender spots come back in leg order (left first), whatever order they were sent in.
/// </summary>
public static class StoredSessions
{
    public static StoredSession From(SessionReport body, Guid accountId, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(body);
        var left = body.Ratings.FirstOrDefault(r => r.Leg == Leg.Left);
        var right = body.Ratings.FirstOrDefault(r => r.Leg == Leg.Right);
        return new()
        {
            AccountId = accountId,
            ClientId = body.ClientId,
            StartedAt = body.StartedAt,
            EndedAt = body.EndedAt,
            SavedAt = savedAt,
            LeftTightnessBefore = left?.TightnessBefore,
            LeftPainBefore = left?.PainBefore,
            LeftTightnessAfter = left?.TightnessAfter,
            LeftPainAfter = left?.PainAfter,
            RightTightnessBefore = right?.TightnessBefore,
            RightPainBefore = right?.PainBefore,
            RightTightnessAfter = right?.TightnessAfter,
            RightPainAfter = right?.PainAfter,
            TenderSpots = TenderSpotBits.From(body.TenderSpots ?? []),
            StopReason = body.StopReason is { } reason ? WireNames.Name(reason) : null,
            Notes = body.Notes,
            Plan = JsonSerializer.Serialize(body.Steps ?? [], ProtocolJson.Options),
        };
    }

    public static SessionReport ToReport(this StoredSession stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var record = Record(stored);
        var steps = JsonSerializer.Deserialize<List<DoneStep>>(stored.Plan, ProtocolJson.Options)!;
        return new(record.ClientId, record.StartedAt, record.EndedAt, record.Legs, record.Ratings, record.TenderSpots, record.StopReason, stored.Notes, steps);
    }

    /// <summary>The sessions of a query as domain records, oldest first.</summary>
    public static async Task<List<SessionRecord>> ToRecordsAsync(this IQueryable<StoredSession> query) =>
        (await query.RecordColumns().ToListAsync()).ConvertAll(Record);

    /// <summary>The sessions of a query as domain records by account, each account's oldest first.</summary>
    public static async Task<Dictionary<Guid, List<SessionRecord>>> ToRecordsByAccountAsync(this IQueryable<StoredSession> query) =>
        (await query.RecordColumns().ToListAsync()).GroupBy(s => s.AccountId).ToDictionary(g => g.Key, g => g.Select(Record).ToList());

    /// <summary>The person's own notes on the sessions of a query, by client id; sessions without notes are left out.</summary>
    public static Task<Dictionary<Guid, string>> NotesAsync(this IQueryable<StoredSession> query) =>
        query.AsNoTracking().Where(s => s.Notes != null).ToDictionaryAsync(s => s.ClientId, s => s.Notes!);

    /// <summary>
    /// The query ordered oldest first, reading only the columns of the records index, so the database answers from
    /// the index without visiting the rows (notes and plan stay behind).
    /// </summary>
    public static IQueryable<StoredSession> RecordColumns(this IQueryable<StoredSession> query) =>
        query.AsNoTracking().OrderBy(s => s.StartedAt)
            .Select(s => new StoredSession
            {
                AccountId = s.AccountId,
                ClientId = s.ClientId,
                StartedAt = s.StartedAt,
                EndedAt = s.EndedAt,
                LeftTightnessBefore = s.LeftTightnessBefore,
                LeftPainBefore = s.LeftPainBefore,
                LeftTightnessAfter = s.LeftTightnessAfter,
                LeftPainAfter = s.LeftPainAfter,
                RightTightnessBefore = s.RightTightnessBefore,
                RightPainBefore = s.RightPainBefore,
                RightTightnessAfter = s.RightTightnessAfter,
                RightPainAfter = s.RightPainAfter,
                TenderSpots = s.TenderSpots,
                StopReason = s.StopReason,
                Plan = "",
            });

    private static SessionRecord Record(StoredSession s)
    {
        LegRating[] ratings = (s.LeftTightnessBefore, s.LeftPainBefore, s.RightTightnessBefore, s.RightPainBefore) switch
        {
            ({ } lt, { } lp, { } rt, { } rp) => [Left(s, lt, lp), Right(s, rt, rp)],
            ({ } lt, { } lp, _, _) => [Left(s, lt, lp)],
            (_, _, { } rt, { } rp) => [Right(s, rt, rp)],
            _ => [],
        };
        return new(s.ClientId, s.StartedAt, s.EndedAt, Array.ConvertAll(ratings, r => r.Leg), ratings, TenderSpotBits.ToSpots(s.TenderSpots),
            WireNames.Parse<StopReason>(s.StopReason));
    }

    private static LegRating Left(StoredSession s, int tightness, int pain) => new(Leg.Left, tightness, pain, s.LeftTightnessAfter, s.LeftPainAfter);

    private static LegRating Right(StoredSession s, int tightness, int pain) => new(Leg.Right, tightness, pain, s.RightTightnessAfter, s.RightPainAfter);
}
