namespace Soleus.Web.Data;

/// <summary>
/// A security-relevant event: sign-ins, refused access, screenings that stopped a session, safety stops, exports,
/// account deletion. It holds no answers, ratings or notes: only what happened, to which account id, from where.
/// It is kept when the account is deleted (the deletion itself is an event), with no email to name the person.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? AccountId { get; set; }

    public required string Kind { get; set; }

    public string? Detail { get; set; }

    public string? RemoteAddress { get; set; }
}
