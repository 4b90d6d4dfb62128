using System.Diagnostics.CodeAnalysis;

namespace Soleus.Domain.Planning;

/// <summary>Either a plan or the reason there is none.</summary>
public sealed record PlanResult
{
    private PlanResult(Plan? plan, PlanRefusal? refusal) => (Plan, Refusal) = (plan, refusal);

    public Plan? Plan { get; }

    public PlanRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Plan))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsPlanned => Plan is not null;

    public static PlanResult Planned(Plan plan) => new(plan, null);

    public static PlanResult Refused(PlanRefusal refusal) => new(null, refusal);
}
