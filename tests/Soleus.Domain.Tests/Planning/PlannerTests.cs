using System.Text.Json.Nodes;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Protocols;

namespace Soleus.Domain.Tests.Planning;

public class PlannerTests
{
    private static readonly string[][] EquipmentSets =
    [
        ["hands"], ["hands", "foam-roller"], ["hands", "massage-ball"], ["hands", "massage-gun"],
        ["hands", "foam-roller", "massage-ball", "massage-gun", "oil-or-lotion"],
    ];

    public static TheoryData<int, Emphasis, int, bool> Requests()
    {
        var data = new TheoryData<int, Emphasis, int, bool>();
        foreach (var minutes in new[] { 6, 7, 8, 9, 10 })
        {
            foreach (var emphasis in new[] { Emphasis.Gastrocnemius, Emphasis.Soleus })
            {
                for (var set = 0; set < EquipmentSets.Length; set++)
                {
                    data.Add(minutes, emphasis, set, false);
                    data.Add(minutes, emphasis, set, true);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Plan_BothLegsHandsAndRollerEightMinutes_FourLayersInOrderOnEachLeg()
    {
        var plan = Plans.Make(Plans.Request(8, Emphasis.Soleus, ["hands", "foam-roller"]));

        string[] expected = ["warm-up", "knead", "trigger-points", "strip", "foam-roller"];
        Assert.Equal([Leg.Left, Leg.Right], plan.Legs);
        Assert.Equal(expected, plan.Steps.Where(s => s.Leg == Leg.Left).Select(s => s.StepId));
        Assert.Equal(expected, plan.Steps.Where(s => s.Leg == Leg.Right).Select(s => s.StepId));
        Assert.True(plan.Steps.TakeWhile(s => s.Leg == Leg.Left).Count() == expected.Length, "the left leg is done first, whole");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plan_AnyRequest_NeverSkipsALayerAndKeepsEveryDurationInRange(int minutes, Emphasis emphasis, int equipmentSet, bool handsTired)
    {
        var plan = Plans.Make(Plans.Request(minutes, emphasis, EquipmentSets[equipmentSet], handsTired: handsTired));

        foreach (var leg in plan.Legs)
        {
            var layers = plan.Steps.Where(s => s.Leg == leg).Select(s => Plans.Protocol.Step(s.StepId).Layer).OfType<int>();
            Assert.Equal([1, 2, 3, 4], layers);
        }

        Assert.All(plan.Steps, s => Assert.True(Plans.Protocol.Step(s.StepId).DurationSeconds.Contains(s.Seconds), $"{s.StepId}: {s.Seconds} s"));
        Assert.All(plan.Steps, s => Assert.Contains(s.Shape, StepShapes.For(Plans.Protocol.Step(s.StepId))));
        Assert.All(plan.Steps, s => Assert.True(Plans.Protocol.GetReadySeconds.Contains(s.GetReadySeconds), $"{s.StepId}: get ready {s.GetReadySeconds} s"));
        Assert.InRange(plan.SecondsPerCalf, 300, minutes * 60);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plan_AnyRequest_EachCalfFromItsFirstGetReadyToItsLastCueFitsTheMinutesAsked(int minutes, Emphasis emphasis, int equipmentSet, bool handsTired)
    {
        var plan = Plans.Make(Plans.Request(minutes, emphasis, EquipmentSets[equipmentSet], handsTired: handsTired));

        var timeline = TimelineBuilder.Build(Plans.Protocol, plan);

        var calf = CalfSeconds(timeline, plan.Legs[0]);
        Assert.All(plan.Legs, leg => Assert.Equal(calf, CalfSeconds(timeline, leg)));
        Assert.InRange(calf, 0, minutes * 60);
        Assert.Equal(calf <= (minutes - 1) * 60, plan.Notes.Any(n => n.StartsWith("Each calf takes", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plan_AnyRequest_EachStepsGetReadyIsWhatItsBriefingNeedsTheFirstOfACalfAllowingForTheSwitch(int minutes, Emphasis emphasis, int equipmentSet, bool handsTired)
    {
        var plan = Plans.Make(Plans.Request(minutes, emphasis, EquipmentSets[equipmentSet], handsTired: handsTired));

        var timeline = TimelineBuilder.Build(Plans.Protocol, plan);

        foreach (var (step, segment) in plan.Steps.Zip(timeline.Segments))
        {
            var opensCalf = segment.Index == 0 || timeline.Segments[segment.Index - 1].Leg != segment.Leg;
            Assert.Equal(GetReady.Seconds(Plans.Protocol.Step(step.StepId), opensCalf), step.GetReadySeconds);
            Assert.Equal(step.GetReadySeconds, segment.StartSeconds - segment.ReadyAtSeconds);
        }
    }

    [Fact]
    public void Plan_HandsOnlyTenMinutes_EveryLayerAtItsLongestAndLessThanAMinuteLeftSoNoNote()
    {
        var plan = Plans.Make(Plans.Request(10, Emphasis.Gastrocnemius));

        Assert.Empty(plan.Notes);
        Assert.All(plan.Steps, s => Assert.Equal(Plans.Protocol.Step(s.StepId).DurationSeconds.Max, s.Seconds));
        Assert.Equal(546, CalfSeconds(TimelineBuilder.Build(Plans.Protocol, plan), Leg.Right));
    }

    [Fact]
    public void Plan_StepsAtTheirLongestAMinuteShortOfTheMinutes_SaysEachCalfTakesLessThanAsked()
    {
        var protocol = ProtocolLinterTests.Load(ProtocolLinterTests.Tamper(root =>
            ProtocolLinterTests.StepNode(root, "strip")["durationSeconds"] = JsonNode.Parse("""{"min":120,"max":120,"source":"x"}""")));

        var plan = Planner.Plan(protocol, Plans.Cleared(), Plans.Request(10, Emphasis.Gastrocnemius)).Plan!;

        Assert.Equal(["Each calf takes 8 min 6 s with its pauses, less than the 10 minutes asked: its steps are already as long as the method allows."], plan.Notes);
        Assert.Equal(486, CalfSeconds(TimelineBuilder.Build(protocol, plan), Leg.Right));
    }

    [Theory]
    [InlineData(Emphasis.Gastrocnemius, false)]
    [InlineData(Emphasis.Gastrocnemius, true)]
    [InlineData(Emphasis.Soleus, false)]
    [InlineData(Emphasis.Soleus, true)]
    public void Plan_TenMinutesWithEveryTool_EachCalfAtMostSixHundredSecondsPausesIncluded(Emphasis emphasis, bool handsTired)
    {
        var plan = Plans.Make(Plans.Request(10, emphasis, ["hands", "foam-roller", "massage-ball", "massage-gun", "oil-or-lotion"], handsTired: handsTired));

        var timeline = TimelineBuilder.Build(Plans.Protocol, plan);

        Assert.All(plan.Legs, leg => Assert.InRange(CalfSeconds(timeline, leg), 540, 600));
    }

    [Theory]
    [InlineData(6, 300)]
    [InlineData(8, 420)]
    [InlineData(10, 490)]
    public void Plan_HandsOnly_FillsTheTimeAskedLessThePausesUpToWhatTheLayersHold(int minutes, int expectedSeconds)
    {
        var plan = Plans.Make(Plans.Request(minutes, Emphasis.Gastrocnemius));

        Assert.Equal(expectedSeconds, plan.SecondsPerCalf);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(30)]
    [InlineData(60)]
    public void Plan_MinutesOutsideWhatTheMethodAllows_RefusedNamingTheRange(int minutes)
    {
        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), Plans.Request(minutes));

        Assert.False(result.IsPlanned);
        Assert.Equal(PlanRefusalKind.InvalidRequest, result.Refusal.Kind);
        var problem = Assert.Single(result.Refusal.Problems);
        Assert.Equal("minutesPerCalf", problem.Field);
        Assert.Contains("from 6 to 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SameInputTwice_SamePlan()
    {
        var request = Plans.Request(9, Emphasis.Soleus, ["hands", "massage-ball", "massage-gun"], handsTired: true);

        var first = Plans.Make(request);
        var second = Plans.Make(request);

        Assert.Equal(first.Steps, second.Steps);
        Assert.Equal(first.Notes, second.Notes);
    }

    [Theory]
    [InlineData(new[] { "hands", "foam-roller", "massage-ball" }, new[] { "foam-roller", "massage-ball" })]
    [InlineData(new[] { "hands", "massage-ball" }, new[] { "massage-ball" })]
    [InlineData(new[] { "hands" }, new[] { "opposite-knee" })]
    public void Plan_SoleusEmphasis_AddsEveryToolToHandThatReachesItOrElseTheOppositeKnee(string[] equipment, string[] expected)
    {
        var plan = Plans.Make(Plans.Request(9, Emphasis.Soleus, equipment, legs: [Leg.Left]));

        Assert.Equal(["warm-up", "knead", "trigger-points", "strip", .. expected], plan.Steps.Select(s => s.StepId));
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Plan_GastrocnemiusWithRoller_HandsLayersOnlyAndOneSentenceSaysWhy()
    {
        var plan = Plans.Make(Plans.Request(9, Emphasis.Gastrocnemius, ["hands", "foam-roller"], legs: [Leg.Right]));

        Assert.Equal(["warm-up", "knead", "trigger-points", "strip"], plan.Steps.Select(s => s.StepId));
        Assert.Equal(["Your foam roller is left out: this plan favours the gastrocnemius, which your hands reach best."], plan.Notes);
        Assert.Equal(["hands"], plan.Equipment);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plan_AnyRequest_EveryToolToHandIsUsedOrOneNoteSaysWhyNot(int minutes, Emphasis emphasis, int equipmentSet, bool handsTired)
    {
        var equipment = EquipmentSets[equipmentSet];

        var plan = Plans.Make(Plans.Request(minutes, emphasis, equipment, handsTired: handsTired));

        foreach (var tool in equipment.Where(e => Plans.Protocol.Steps.Any(s => s.Layer is null && s.Tool == e)))
        {
            var used = plan.Steps.Any(s => Plans.Protocol.Step(s.StepId).Tool == tool);
            var step = Plans.Protocol.Steps.Single(s => s.Layer is null && s.Tool == tool);
            var name = Plans.Protocol.Preparation.Equipment.Single(e => e.Id == tool).Name;
            var notes = plan.Notes.Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase) || n.Contains(step.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(used ^ (notes.Count == 1), $"{tool}: used {used}, notes: {string.Join(" | ", plan.Notes)}");
            Assert.Equal(used, plan.Equipment.Contains(tool));
        }

        Assert.All(plan.Notes, n => Assert.Matches(@"^[A-Z][^.]*\.$", n));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plan_AnyRequest_EveryStepIsDoneInThePositionOrSetsUpItsOwn(int minutes, Emphasis emphasis, int equipmentSet, bool handsTired)
    {
        foreach (var position in new[] { "chair", "floor" })
        {
            var plan = Plans.Make(Plans.Request(minutes, emphasis, EquipmentSets[equipmentSet], handsTired: handsTired) with { Position = position });

            Assert.All(plan.Steps.Select(s => Plans.Protocol.Step(s.StepId)), step =>
                Assert.True(step.Positions.Contains(position) || (step.Layer is null && step.Positions.Count == 1), $"{step.Id} in {position}"));
        }
    }

    [Fact]
    public void Plan_OnTheRoller_RefusedBecauseTheLayersAreDoneSitting()
    {
        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), Plans.Request(9, Emphasis.Gastrocnemius, ["hands", "foam-roller"]) with { Position = "foam-roller" });

        Assert.False(result.IsPlanned);
        Assert.Equal(PlanRefusalKind.InvalidRequest, result.Refusal.Kind);
        var problem = Assert.Single(result.Refusal.Problems);
        Assert.Equal("position", problem.Field);
        Assert.Equal("The four layers are done sitting on a chair or sitting on the floor, not on a foam roller: choose chair or floor.", problem.Message);
    }

    [Fact]
    public void Plan_HandsTired_IncludesOppositeKnee()
    {
        var plan = Plans.Make(Plans.Request(8, Emphasis.Gastrocnemius, handsTired: true, legs: [Leg.Left]));

        Assert.Equal("opposite-knee", plan.Steps[^1].StepId);
    }

    [Fact]
    public void Plan_MassageGun_WarmsUpBeforeTheHandLayers()
    {
        var plan = Plans.Make(Plans.Request(8, Emphasis.Gastrocnemius, ["hands", "massage-gun"], legs: [Leg.Left]));

        Assert.Equal(["massage-gun", "warm-up", "knead", "trigger-points", "strip"], plan.Steps.Select(s => s.StepId));
    }

    [Fact]
    public void Plan_NoTimeForTheExtra_LeavesItOutWithANote()
    {
        var plan = Plans.Make(Plans.Request(6, Emphasis.Soleus, ["hands", "foam-roller"]));

        Assert.DoesNotContain(plan.Steps, s => s.StepId == "foam-roller");
        Assert.Equal(["The foam roller step is left out: with its pause to get ready it takes 76 s, and 4 s of the 6 minutes asked are left."], plan.Notes);
    }

    [Theory]
    [InlineData(new[] { "cycling", "standing" }, Emphasis.Soleus)]
    [InlineData(new[] { "running", "stairs", "cycling" }, Emphasis.Gastrocnemius)]
    [InlineData(new[] { "jumping", "slow-walking" }, Emphasis.Soleus)]
    public void Plan_AutoEmphasis_DerivedFromActivities(string[] activities, Emphasis expected)
    {
        var plan = Plans.Make(Plans.Request(8, Emphasis.Auto, activities: activities));

        Assert.Equal(expected, plan.Emphasis);
    }

    [Theory]
    [InlineData(Emphasis.Auto, new string[0], new[] { "hands" }, "chair", "activities")]
    [InlineData(Emphasis.Auto, new[] { "swimming" }, new[] { "hands" }, "chair", "activities")]
    [InlineData(Emphasis.Soleus, new string[0], new[] { "hands", "kettlebell" }, "chair", "equipment")]
    [InlineData(Emphasis.Soleus, new string[0], new[] { "hands" }, "hammock", "position")]
    [InlineData(Emphasis.Soleus, new string[0], new[] { "hands", "foam-roller" }, "foam-roller", "position")]
    public void Plan_InvalidRequest_RefusedNamingTheField(Emphasis emphasis, string[] activities, string[] equipment, string position, string field)
    {
        var request = Plans.Request(8, emphasis, equipment, activities: activities) with { Position = position };

        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), request);

        Assert.False(result.IsPlanned);
        Assert.Equal(PlanRefusalKind.InvalidRequest, result.Refusal.Kind);
        Assert.Contains(result.Refusal.Problems, p => p.Field == field);
    }

    [Fact]
    public void Plan_NoLegs_RefusedNamingLegs()
    {
        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), Plans.Request(legs: []));

        Assert.Contains(result.Refusal!.Problems, p => p.Field == "legs");
    }

    [Fact]
    public void Plan_OnlyOneLegCleared_PlansThatLegOnly()
    {
        var screening = Plans.Cleared(Leg.Right);

        var result = Planner.Plan(Plans.Protocol, screening, Plans.Request());

        Assert.True(result.IsPlanned);
        Assert.Equal([Leg.Right], result.Plan.Legs);
        Assert.All(result.Plan.Steps, s => Assert.Equal(Leg.Right, s.Leg));
    }

    [Theory]
    [InlineData(Verdict.Emergency)]
    [InlineData(Verdict.ProfessionalFirst)]
    public void Plan_ScreeningThatStops_Refused(Verdict verdict)
    {
        var screening = new ScreeningResult(verdict, [], [Leg.Left, Leg.Right]);

        var result = Planner.Plan(Plans.Protocol, screening, Plans.Request());

        Assert.False(result.IsPlanned);
        Assert.Equal(PlanRefusalKind.Screening, result.Refusal.Kind);
        Assert.Equal(verdict, result.Refusal.Verdict);
    }

    /// <summary>How long a calf takes on the timeline: from its first get-ready cue to the end of its last cue.</summary>
    private static double CalfSeconds(Timeline timeline, Leg leg)
    {
        var cues = timeline.Cues.Where(c => timeline.Segments[c.Segment].Leg == leg).ToList();
        return cues.Max(c => c.EndsAtSeconds) - cues.First(c => c.Kind == CueKind.GetReady).AtSeconds;
    }
}
