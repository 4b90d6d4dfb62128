using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Api;

/// <summary>
/// What POST /api/plans returns: the screening, the plan, what to do before the first stroke, and the timeline's
/// segments (massage steps only, with cues at seconds from the session start).
/// </summary>
public sealed record PlannedSession(
    ScreeningResult Screening,
    PlanSummary Plan,
    Preparation Preparation,
    Position Position,
    IReadOnlyList<Segment> Segments,
    Cue Finish,
    double TotalSeconds)
{
    public static PlannedSession From(Protocol protocol, ScreeningResult screening, Plan plan, Timeline timeline) => new(
        screening,
        new PlanSummary(plan.ProtocolId, plan.ProtocolVersion, plan.Legs, plan.Emphasis, plan.SecondsPerCalf, plan.MassageSeconds, plan.Notes),
        protocol.Preparation,
        protocol.Preparation.Positions.Single(p => p.Id == plan.Position),
        timeline.Segments,
        timeline.Finish,
        timeline.TotalSeconds);
}
