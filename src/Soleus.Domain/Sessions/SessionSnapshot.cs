namespace Soleus.Domain.Sessions;

/// <summary>
/// Everything the engine needs, besides the timeline, to carry on after a restart. Plain data: it serialises.
/// <see cref="NextCue"/> is the index of the first cue not yet raised.
/// </summary>
public sealed record SessionSnapshot(
    SessionState State,
    TimeSpan PausedTotal,
    int NextCue,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? PausedAt = null,
    DateTimeOffset? EndedAt = null,
    StopReason? StopReason = null)
{
    public static SessionSnapshot New { get; } = new(SessionState.NotStarted, TimeSpan.Zero, 0);
}
