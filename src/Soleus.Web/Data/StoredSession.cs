namespace Soleus.Web.Data;

/// <summary>
/// A session record as stored: what was done, the ratings, the tender spots and any stop. Lists are JSON text in
/// the domain's own format. (AccountId, ClientId) is unique, so a retried save can never store a session twice.
/// </summary>
public sealed class StoredSession
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid ClientId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndedAt { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string Legs { get; set; }

    public required string Ratings { get; set; }

    public required string TenderSpots { get; set; }

    public string? StopReason { get; set; }

    public string? Notes { get; set; }

    /// <summary>The plan the session followed (step ids, legs and seconds), as JSON.</summary>
    public required string Plan { get; set; }
}
