using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Planning;

/// <summary>
/// The limits of a clinician's clearance that lifted a reason: the plan leaves out the tools it does not allow (never
/// the hands), keeps to the lowest minutes cap, and says in a note who set each limit and until when.
/// </summary>
public class ClearanceLimitsTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();
    private static readonly DateTimeOffset Now = ScreeningTable.Now;
    private static readonly IReadOnlyList<Leg> Both = [Leg.Left, Leg.Right];
    private static readonly string[] EveryTool = ["hands", "foam-roller", "massage-ball", "massage-gun"];

    private static Clearance Physio(string[]? tools = null, int? cap = null, string reason = "pain-persisting") =>
        new(ClearedBy.Clinician, "ann@example.org, Riverside Physiotherapy", DateOnly.FromDateTime(Now.UtcDateTime), Now.AddHours(-1), [reason], [], tools,
            new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), MinutesCap: cap);

    private static ScreeningResult Screen(string spec, params Clearance[] clearances)
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, spec, Both);
        return Screener.Screen(Questionnaire, answers, Both, profile, Now, history: new SafetyHistory([], clearances));
    }

    private static Plan Planned(ScreeningResult screening, PlanRequest request)
    {
        var result = Planner.Plan(Plans.Protocol, screening, request);
        Assert.True(result.IsPlanned, result.Refusal?.Message);
        return result.Plan;
    }

    private static IEnumerable<string?> ToolsUsed(Plan plan) => plan.Steps.Select(s => Plans.Protocol.Steps.Single(p => p.Id == s.StepId).Tool);

    private static int CalfSeconds(Plan plan, Leg leg) => plan.Steps.Where(s => s.Leg == leg).Sum(s => s.Seconds + s.GetReadySeconds);

    [Fact]
    public void Plan_LiftingClearanceAllowsOnlyTheFoamRoller_LeavesOutTheGunAndBallWithANoteOfWhoAndUntilWhen()
    {
        var screening = Screen("pain-persisting=yes", Physio(["foam-roller"]));

        var plan = Planned(screening, Plans.Request(10, Emphasis.Soleus, EveryTool));

        Assert.Equal(Verdict.Proceed, screening.Verdict);
        Assert.DoesNotContain("massage-gun", plan.Equipment);
        Assert.DoesNotContain("massage-ball", plan.Equipment);
        Assert.DoesNotContain("massage-gun", ToolsUsed(plan));
        Assert.DoesNotContain("massage-ball", ToolsUsed(plan));
        Assert.Contains("foam-roller", ToolsUsed(plan));
        Assert.Contains(plan.Notes, n => n.StartsWith("Your massage gun is left out", StringComparison.Ordinal)
            && n.Contains("ann@example.org, Riverside Physiotherapy", StringComparison.Ordinal) && n.Contains("1 April 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ClearanceAllowsNoToolAsked_KeepsTheHands()
    {
        var screening = Screen("pain-persisting=yes", Physio([]));

        var plan = Planned(screening, Plans.Request(8, equipment: ["massage-gun"]));

        Assert.Equal(["hands"], plan.Equipment);
        Assert.DoesNotContain("massage-gun", ToolsUsed(plan));
        Assert.Single(plan.Notes, n => n.Contains("massage gun is left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_TwoLiftingClearancesWithCaps_KeepsEachCalfToTheLowerCapWithANote()
    {
        var screening = Screen("pain-persisting=yes;profile.pregnant=yes", Physio(cap: 9), Physio(cap: 7, reason: "pregnant"));

        var plan = Planned(screening, Plans.Request(10));

        Assert.Equal(2, screening.Lifted.Count);
        Assert.All(Both, leg => Assert.InRange(CalfSeconds(plan, leg), 1, 7 * 60));
        Assert.Contains(plan.Notes, n => n.StartsWith("Each calf gets 7 minutes, not the 10 asked", StringComparison.Ordinal) && n.Contains("1 April 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_CapAboveTheMinutesAsked_ChangesNothing()
    {
        var screening = Screen("pain-persisting=yes", Physio(cap: 10));

        var limited = Planned(screening, Plans.Request(8));

        Assert.Equal(Plans.Make(Plans.Request(8)), limited with { Notes = [] }, PlanComparer);
        Assert.Empty(limited.Notes);
    }

    [Fact]
    public void Plan_ClearanceThatLiftedNothing_SetsNoLimit()
    {
        var screening = Screen("", Physio(["foam-roller"], 7));

        var plan = Planned(screening, Plans.Request(10, equipment: ["hands", "massage-gun"]));

        Assert.Empty(screening.Lifted);
        Assert.Contains("massage-gun", plan.Equipment);
        Assert.All(Both, leg => Assert.True(CalfSeconds(plan, leg) > 7 * 60));
    }

    [Fact]
    public void Plan_CapBelowTheMethodsShortestSession_IsRefusedSayingWhy()
    {
        var min = PlanRequest.MinutesAllowed(Plans.Protocol).Min;
        var screening = Screen("pain-persisting=yes", Physio(cap: min - 1));

        var result = Planner.Plan(Plans.Protocol, screening, Plans.Request(min + 2));

        Assert.False(result.IsPlanned);
        Assert.Equal(PlanRefusalKind.Screening, result.Refusal.Kind);
        Assert.Equal("minutesPerCalf", Assert.Single(result.Refusal.Problems).Field);
    }

    private static readonly IEqualityComparer<Plan> PlanComparer = EqualityComparer<Plan>.Create(
        (a, b) => a!.Steps.SequenceEqual(b!.Steps) && a.Equipment.SequenceEqual(b.Equipment),
        p => p.Steps.Count);
}
