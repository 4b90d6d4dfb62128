using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Api;

/// <summary>
/// What POST /api/plans returns: the screening, the plan's headline figures, what to do before the first stroke, and
/// the timeline (its segments, and every cue flattened with what a player looks up).
/// </summary>
public sealed record PlannedSession(ScreeningResult Screening, PlanSummary Plan, Preparation Preparation, Position Position, Timeline Timeline)
{
    public static PlannedSession From(Protocol protocol, ScreeningResult screening, Plan plan, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            screening,
            new PlanSummary(plan.ProtocolId, plan.ProtocolVersion, plan.Legs, plan.Emphasis, plan.SecondsPerCalf, plan.MassageSeconds, plan.Equipment, plan.Notes),
            protocol.Preparation,
            protocol.Preparation.Positions.Single(p => p.Id == plan.Position),
            timeline);
    }
}
