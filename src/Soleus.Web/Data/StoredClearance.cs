namespace Soleus.Web.Data;

/// <summary>
/// A clearance as stored (<see cref="Domain.Screening.Clearance"/>): who recorded it ("self" or "clinician"), who saw
/// the person and on which day, the reason ids it answers and the legs it covers (space-separated wire names; no
/// legs: both), the tools it allows (null: any), until when it holds, a note, and the most minutes per calf (null: no cap).
/// </summary>
public sealed class StoredClearance
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public required string By { get; set; }

    public required string Who { get; set; }

    public DateOnly SeenOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string Reasons { get; set; }

    public required string Legs { get; set; }

    public string? Tools { get; set; }

    public DateTimeOffset? ValidUntil { get; set; }

    public string? Note { get; set; }

    public int? MinutesCap { get; set; }
}
