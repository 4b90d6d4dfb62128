namespace Soleus.Web.Data;

/// <summary>
/// A session record as stored: when it ran, each leg's ratings, the tender spots and any stop, all in plain columns
/// so progress reads a year of sessions without parsing anything. A leg took part exactly when its rating is
/// present. (AccountId, ClientId) is unique, so a retried save can never store a session twice.
/// </summary>
public sealed class StoredSession
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid ClientId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndedAt { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public int? LeftTightnessBefore { get; set; }

    public int? LeftPainBefore { get; set; }

    public int? LeftTightnessAfter { get; set; }

    public int? LeftPainAfter { get; set; }

    public int? RightTightnessBefore { get; set; }

    public int? RightPainBefore { get; set; }

    public int? RightTightnessAfter { get; set; }

    public int? RightPainAfter { get; set; }

    /// <summary>The tender spots as bits (<see cref="TenderSpotBits"/>).</summary>
    public int TenderSpots { get; set; }

    public string? StopReason { get; set; }

    public string? Notes { get; set; }

    /// <summary>The plan the session followed (step ids, legs and seconds), as JSON: read only for one session or an export.</summary>
    public required string Plan { get; set; }
}
