using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Planning;

public sealed class PlanChoicesTests
{
    private static PlanChoices Valid => new(["right", "left"], ["hands", "foam-roller"], 8, "soleus", [], "chair", HandsTired: true);

    [Fact]
    public void Read_ValidChoices_TypedRequestWithLegsInOrder()
    {
        var read = Valid.Read(Plans.Protocol);

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        var request = read.Value;
        Assert.Equal([Leg.Left, Leg.Right], request.Legs);
        Assert.Equal(["hands", "foam-roller"], request.Equipment);
        Assert.Equal((8, Emphasis.Soleus, "chair", true), (request.MinutesPerCalf, request.Emphasis, request.Position, request.HandsTired));
    }

    public static TheoryData<PlanChoices, string> BadFields => new()
    {
        { Valid with { Legs = [] }, "legs" },
        { Valid with { Legs = ["left", "middle"] }, "legs" },
        { Valid with { Equipment = [] }, "equipment" },
        { Valid with { Equipment = ["hands", "kettlebell"] }, "equipment" },
        { Valid with { Equipment = ["hands", "hands"] }, "equipment" },
        { Valid with { MinutesPerCalf = null }, "minutesPerCalf" },
        { Valid with { MinutesPerCalf = 0 }, "minutesPerCalf" },
        { Valid with { MinutesPerCalf = 5 }, "minutesPerCalf" },
        { Valid with { MinutesPerCalf = 11 }, "minutesPerCalf" },
        { Valid with { MinutesPerCalf = 30 }, "minutesPerCalf" },
        { Valid with { Emphasis = "calf" }, "emphasis" },
        { Valid with { Emphasis = null }, "emphasis" },
        { Valid with { Emphasis = "auto" }, "activities" },
        { Valid with { Activities = ["swimming"] }, "activities" },
        { Valid with { Position = "hammock" }, "position" },
        { Valid with { Position = null }, "position" },
        { Valid with { Position = "foam-roller" }, "position" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Read_OneBadField_OnlyThatFieldNamedOnce(PlanChoices choices, string field)
    {
        var problem = Assert.Single(choices.Read(Plans.Protocol).Problems);

        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Read_AutoWithCycling_FavoursTheSoleusWhenPlanned()
    {
        var choices = Valid with { Emphasis = "auto", Activities = ["cycling"] };

        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), choices);

        Assert.True(result.IsPlanned);
        Assert.Equal(Emphasis.Soleus, result.Plan.Emphasis);
    }

    [Fact]
    public void Plan_ScreeningThatStops_RefusesBeforeReadingTheChoices()
    {
        var stopped = new Domain.Screening.ScreeningResult(Domain.Screening.Verdict.Emergency, [], []);

        var result = Planner.Plan(Plans.Protocol, stopped, Valid with { Emphasis = "calf" });

        Assert.Equal(PlanRefusalKind.Screening, result.Refusal!.Kind);
        Assert.Empty(result.Refusal.Problems);
    }

    [Fact]
    public void Plan_BadChoices_RefusedWithEveryProblem()
    {
        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), Valid with { Emphasis = "calf", Position = "hammock" });

        Assert.Equal(PlanRefusalKind.InvalidRequest, result.Refusal!.Kind);
        Assert.Equal(["emphasis", "position"], result.Refusal.Problems.Select(p => p.Field).Order());
    }
}
