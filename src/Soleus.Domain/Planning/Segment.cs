using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// One planned step on the timeline. The get-ready pause runs from <see cref="ReadyAtSeconds"/> to
/// <see cref="StartSeconds"/>; the massage itself lasts <see cref="DurationSeconds"/>. Cue times are from the session start.
/// </summary>
public sealed record Segment(
    string StepId,
    string Name,
    Leg Leg,
    double ReadyAtSeconds,
    double StartSeconds,
    double DurationSeconds,
    IReadOnlyList<Cue> Cues)
{
    public double EndSeconds => StartSeconds + DurationSeconds;
}
