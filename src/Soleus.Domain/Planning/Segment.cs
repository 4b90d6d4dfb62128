using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// One planned step on the timeline, the <see cref="Index"/>th. The get-ready pause runs from
/// <see cref="ReadyAtSeconds"/> to <see cref="StartSeconds"/>; the massage itself lasts <see cref="DurationSeconds"/>.
/// Times are from the session start; the step's cues are those of <see cref="Timeline.Cues"/> with this index.
/// </summary>
public sealed record Segment(
    int Index,
    string StepId,
    string Name,
    Leg Leg,
    double ReadyAtSeconds,
    double StartSeconds,
    double DurationSeconds)
{
    public double EndSeconds => StartSeconds + DurationSeconds;
}
