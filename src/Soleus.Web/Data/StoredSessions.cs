using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Api;

namespace Soleus.Web.Data;

/// <summary>
/// Converts between a stored session row and the session as the API and the domain see it. Legs, ratings and
/// tender spots come back in leg order (left first), whatever order they were sent in.
/// </summary>
public static class StoredSessions
{
    public static StoredSession From(SessionBody body, Guid accountId, DateTimeOffset savedAt) => new()
    {
        AccountId = accountId,
        ClientId = body.ClientId,
        StartedAt = body.StartedAt,
        EndedAt = body.EndedAt,
        SavedAt = savedAt,
        Left = Stored(body.Ratings, Leg.Left),
        Right = Stored(body.Ratings, Leg.Right),
        TenderSpots = TenderSpotBits.From(body.TenderSpots ?? []),
        StopReason = body.StopReason is { } reason ? ProtocolJson.Name(reason) : null,
        Notes = body.Notes,
        Plan = JsonSerializer.Serialize(body.Steps ?? [], ProtocolJson.Options),
    };

    public static SessionBody ToBody(this StoredSession stored)
    {
        var record = Record(stored.ClientId, stored.StartedAt, stored.EndedAt, stored.Left, stored.Right, stored.TenderSpots, stored.StopReason, stored.Notes);
        var steps = JsonSerializer.Deserialize<List<DoneStep>>(stored.Plan, ProtocolJson.Options)!;
        return new(record.ClientId, record.StartedAt, record.EndedAt, record.Legs, record.Ratings, record.TenderSpots, record.StopReason, record.Notes, steps);
    }

    /// <summary>The sessions of a query as domain records, oldest first, reading every column but the plan.</summary>
    public static async Task<List<SessionRecord>> ToRecordsAsync(this IQueryable<StoredSession> query)
    {
        var rows = await query.AsNoTracking().OrderBy(s => s.StartedAt)
            .Select(s => new { s.ClientId, s.StartedAt, s.EndedAt, s.Left, s.Right, s.TenderSpots, s.StopReason, s.Notes })
            .ToListAsync();
        return rows.ConvertAll(r => Record(r.ClientId, r.StartedAt, r.EndedAt, r.Left, r.Right, r.TenderSpots, r.StopReason, r.Notes));
    }

    private static SessionRecord Record(
        Guid clientId, DateTimeOffset startedAt, DateTimeOffset endedAt, StoredRating? left, StoredRating? right, int spots, string? stopReason, string? notes)
    {
        List<LegRating> ratings = [];
        if (left is not null)
        {
            ratings.Add(Rating(Leg.Left, left));
        }

        if (right is not null)
        {
            ratings.Add(Rating(Leg.Right, right));
        }

        return new(clientId, startedAt, endedAt, ratings.ConvertAll(r => r.Leg), ratings, TenderSpotBits.ToSpots(spots), StopReasonOf(stopReason), notes);
    }

    private static StoredRating? Stored(IEnumerable<LegRating> ratings, Leg leg) =>
        ratings.FirstOrDefault(r => r.Leg == leg) is { } r ? new(r.TightnessBefore, r.PainBefore, r.TightnessAfter, r.PainAfter) : null;

    private static LegRating Rating(Leg leg, StoredRating r) => new(leg, r.TightnessBefore, r.PainBefore, r.TightnessAfter, r.PainAfter);

    private static StopReason? StopReasonOf(string? stored) =>
        stored is null ? null : JsonSerializer.Deserialize<StopReason>($"\"{stored}\"", ProtocolJson.Options);
}
