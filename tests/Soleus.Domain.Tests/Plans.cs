using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests;

/// <summary>Short ways to make the requests and screenings that planning tests start from.</summary>
internal static class Plans
{
    public static Protocol Protocol { get; } = ShippedProtocol.Load();

    public static ScreeningResult Cleared(params Leg[] legs) => new(Verdict.Proceed, [], legs.Length == 0 ? [Leg.Left, Leg.Right] : legs);

    public static PlanRequest Request(int minutes = 8, Emphasis emphasis = Emphasis.Gastrocnemius, string[]? equipment = null, Leg[]? legs = null, string[]? activities = null, bool handsTired = false) =>
        new(legs ?? [Leg.Left, Leg.Right], equipment ?? ["hands"], minutes, emphasis, activities ?? [], "chair", handsTired);

    public static Plan Make(PlanRequest request)
    {
        var result = Planner.Plan(Protocol, Cleared(), request);
        Assert.True(result.IsPlanned, result.Refusal?.Message);
        return result.Plan;
    }
}
