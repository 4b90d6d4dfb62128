using Soleus.Domain.Protocols;

namespace Soleus.Domain.Sessions;

/// <summary>
/// What did happen in one session (the plan is what should have happened). Progress and referral rules read only
/// records. <see cref="StopReason"/> is null when the session ran to its end. The person's free-text notes are not
/// part of it: no rule reads them.
/// </summary>
public sealed record SessionRecord(
    Guid ClientId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<LegRating> Ratings,
    IReadOnlyList<TenderSpot> TenderSpots,
    StopReason? StopReason = null)
{
    public bool SafetyStop => StopReason is not null and not Sessions.StopReason.StoppedForNow;
}
