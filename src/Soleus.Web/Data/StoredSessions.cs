using System.Text.Json;
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
        stored.StopReason is { } reason ? Read<StopReason>($"\"{reason}\"") : null,
        stored.Notes,
        Read<List<DoneStep>>(stored.Plan));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ProtocolJson.Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, ProtocolJson.Options)!;
}
