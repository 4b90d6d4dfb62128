using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Api;

namespace Soleus.Web.Data;

/// <summary>Converts between a stored session row and the session as the API and the domain see it.</summary>
public static class StoredSessions
{
    public static StoredSession From(SessionBody body, Guid accountId, DateTimeOffset savedAt) => new()
    {
        AccountId = accountId,
        ClientId = body.ClientId,
        StartedAt = body.StartedAt,
        EndedAt = body.EndedAt,
        SavedAt = savedAt,
        Legs = Json(body.Legs),
        Ratings = Json(body.Ratings),
        TenderSpots = Json(body.TenderSpots ?? []),
        StopReason = body.StopReason is { } reason ? ProtocolJson.Name(reason) : null,
        Notes = body.Notes,
        Plan = Json(body.Steps ?? []),
    };

    public static SessionBody ToBody(this StoredSession stored) => new(
        stored.ClientId,
        stored.StartedAt,
        stored.EndedAt,
        Read<List<Leg>>(stored.Legs),
        Read<List<LegRating>>(stored.Ratings),
        Read<List<TenderSpot>>(stored.TenderSpots),
        StopReasonOf(stored.StopReason),
        stored.Notes,
        Read<List<DoneStep>>(stored.Plan));

    /// <summary>
    /// The sessions of a query as domain records, oldest first, reading only the columns a record needs (the plan
    /// column, the largest, stays in the database).
    /// </summary>
    public static async Task<List<SessionRecord>> ToRecordsAsync(this IQueryable<StoredSession> query)
    {
        var rows = await query.AsNoTracking().OrderBy(s => s.StartedAt)
            .Select(s => new { s.ClientId, s.StartedAt, s.EndedAt, s.Legs, s.Ratings, s.TenderSpots, s.StopReason, s.Notes })
            .ToListAsync();
        return rows.Select(r => new SessionRecord(
            r.ClientId,
            r.StartedAt,
            r.EndedAt,
            Read<List<Leg>>(r.Legs),
            Read<List<LegRating>>(r.Ratings),
            Read<List<TenderSpot>>(r.TenderSpots),
            StopReasonOf(r.StopReason),
            r.Notes)).ToList();
    }

    private static StopReason? StopReasonOf(string? stored) => stored is null ? null : Read<StopReason>($"\"{stored}\"");

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ProtocolJson.Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, ProtocolJson.Options)!;
}
