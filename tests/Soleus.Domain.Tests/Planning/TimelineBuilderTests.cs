using System.Text.Json;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Planning;

public class TimelineBuilderTests
{
    private static Timeline Build(PlanRequest request) => TimelineBuilder.Build(Plans.Protocol, Plans.Make(request));

    private static (Segment Segment, List<Cue> Cues) Only(Timeline timeline, string stepId)
    {
        var segment = timeline.Segments.Single(s => s.StepId == stepId && s.Leg == Leg.Left);
        return (segment, [.. timeline.CuesOf(segment)]);
    }

    [Fact]
    public void Build_EightMinutesBothLegs_SegmentsFollowEachOtherAfterAGetReadyPause()
    {
        var plan = Plans.Make(Plans.Request(8, Emphasis.Soleus, ["hands", "foam-roller"]));

        var timeline = TimelineBuilder.Build(Plans.Protocol, plan);

        Assert.Equal(plan.Steps.Select(s => (s.StepId, s.Leg, (double)s.Seconds)), timeline.Segments.Select(s => (s.StepId, s.Leg, s.DurationSeconds)));
        Assert.Equal(0, timeline.Segments[0].ReadyAtSeconds);
        Assert.Equal(plan.Steps.Select(s => (double)s.GetReadySeconds), timeline.Segments.Select(s => s.StartSeconds - s.ReadyAtSeconds));
        Assert.All(timeline.Segments.Zip(timeline.Segments.Skip(1)), p => Assert.Equal(p.First.EndSeconds, p.Second.ReadyAtSeconds));
        Assert.Equal(plan.MassageSeconds + plan.Steps.Sum(s => s.GetReadySeconds), timeline.TotalSeconds);
        Assert.Equal(CueKind.End, timeline.Cues[^1].Kind);
    }

    [Fact]
    public void Build_AnyPlan_CuesInOrderAndInsideTheirSegment()
    {
        var timeline = Build(Plans.Request(10, Emphasis.Soleus, ["hands", "foam-roller", "massage-ball", "massage-gun"], handsTired: true));

        Assert.Equal(timeline.Cues.OrderBy(c => c.AtSeconds), timeline.Cues);
        Assert.All(timeline.Segments, s => Assert.All(timeline.CuesOf(s), c => Assert.InRange(c.AtSeconds, s.ReadyAtSeconds, s.EndSeconds)));
    }

    [Fact]
    public void Build_WarmUp_OneStrokeCueAtEachBeatOfTheCadence()
    {
        var (segment, cues) = Only(Build(Plans.Request(6)), "warm-up");

        var strokes = cues.Where(c => c.Kind == CueKind.Stroke).ToList();
        Assert.Equal(60, segment.DurationSeconds);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => segment.StartSeconds + (i * 10.0)), strokes.Select(c => c.AtSeconds));
    }

    [Fact]
    public void Build_Knead_ZonesCycleLowerMidUpperAboutTwentySecondsEach()
    {
        var (segment, cues) = Only(Build(Plans.Request(6)), "knead");

        var zones = cues.Where(c => c.Kind == CueKind.Zone).ToList();
        Assert.Equal(["lower", "mid", "upper", "lower", "mid"], zones.Select(c => c.Zone));
        Assert.All(zones.Zip(zones.Skip(1)), p => Assert.Equal(20, p.Second.AtSeconds - p.First.AtSeconds));
    }

    [Fact]
    public void Build_TriggerPoints_EachHoldHasStartCountdownAndRelease()
    {
        var (segment, cues) = Only(Build(Plans.Request(10)), "trigger-points");

        var starts = cues.Where(c => c.Kind == CueKind.HoldStart).ToList();
        var ends = cues.Where(c => c.Kind == CueKind.HoldEnd).ToList();
        Assert.Equal(3, starts.Count);
        Assert.Equal(3, ends.Count);
        foreach (var (start, end) in starts.Zip(ends))
        {
            Assert.InRange(end.AtSeconds - start.AtSeconds, 20, 30);
            var countdown = cues.Where(c => c.Kind == CueKind.Countdown && c.AtSeconds > start.AtSeconds && c.AtSeconds < end.AtSeconds);
            Assert.Equal([3, 2, 1], countdown.Select(c => c.Count!.Value));
            Assert.Equal([end.AtSeconds - 3, end.AtSeconds - 2, end.AtSeconds - 1], countdown.Select(c => c.AtSeconds));
        }
    }

    [Fact]
    public void Build_Strip_ThreeLanesCentreInnerOuterWithTwoOrThreePassesEach()
    {
        var (segment, cues) = Only(Build(Plans.Request(10)), "strip");

        var passes = cues.Where(c => c.Kind is CueKind.Lane or CueKind.Pass).ToList();
        Assert.Equal(["centre", "inner", "outer"], passes.Select(c => c.Lane).Distinct());
        Assert.InRange(passes.Count / 3, 2, 3);
        Assert.All(passes, c => Assert.Contains("ankle to knee", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OppositeKnee_FiveAnkleCirclesEachWayThenHold()
    {
        var (segment, cues) = Only(Build(Plans.Request(8, handsTired: true)), "opposite-knee");

        var circles = cues.Where(c => c.Kind == CueKind.Circles).ToList();
        Assert.Equal(4, circles.Count);
        Assert.All(circles, c => Assert.Contains("5 times", c.Text, StringComparison.Ordinal));
        Assert.Equal(["lower", "mid"], cues.Where(c => c.Kind == CueKind.HoldStart).Select(c => c.Zone));
    }

    [Fact]
    public void Build_StrokingSteps_SayUpwardOnlyInTheirBriefing()
    {
        var timeline = Build(Plans.Request(8, Emphasis.Soleus, ["hands", "foam-roller"]));

        foreach (var segment in timeline.Segments)
        {
            var travels = Plans.Protocol.Step(segment.StepId).Direction == Direction.AnkleToKnee;
            Assert.Equal(travels, timeline.CuesOf(segment).Any(c => c.Kind == CueKind.Direction && c.AtSeconds == segment.ReadyAtSeconds));
        }
    }

    [Fact]
    public void Build_EveryStep_BriefedAsItsGetReadyBeginsThenBegunWithOneWord()
    {
        var timeline = Build(Plans.Request(10, Emphasis.Soleus, ["hands", "foam-roller", "massage-ball", "massage-gun"], handsTired: true));

        foreach (var segment in timeline.Segments)
        {
            var cues = timeline.CuesOf(segment).ToList();
            var briefing = Assert.Single(cues, c => c.Kind == CueKind.Briefing);
            Assert.Equal((segment.ReadyAtSeconds, Plans.Protocol.Step(segment.StepId).Briefing, segment.StartSeconds, CueVoice.Queue), (briefing.AtSeconds, briefing.Text, briefing.EndsAtSeconds, briefing.Voice));
            Assert.Equal(segment.ReadyAtSeconds, cues.Single(c => c.Kind == CueKind.GetReady).AtSeconds);
            var start = cues.Single(c => c.Kind == CueKind.StepStart);
            Assert.Equal((segment.StartSeconds, "Begin."), (start.AtSeconds, start.Text));
            Assert.All(cues.Where(c => c.AtSeconds > segment.ReadyAtSeconds), c => Assert.InRange(GetReady.Words(c.Text), 1, SpeechBudgetTests.ShortCueWords));
        }
    }

    [Fact]
    public void Build_SecondLeg_StartsWithASwitchCue()
    {
        var timeline = Build(Plans.Request(6));

        var switches = timeline.Cues.Where(c => c.Kind == CueKind.SwitchLeg).ToList();
        var firstRight = timeline.Segments.First(s => s.Leg == Leg.Right);
        Assert.Equal(firstRight.ReadyAtSeconds, Assert.Single(switches).AtSeconds);
        Assert.Contains("right leg", switches[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Timeline_RoundTripsThroughJson()
    {
        var timeline = Build(Plans.Request(7, Emphasis.Soleus, ["hands", "massage-ball"]));

        var json = JsonSerializer.Serialize(timeline, ProtocolJson.Options);
        var back = JsonSerializer.Deserialize<Timeline>(json, ProtocolJson.Options)!;

        Assert.Equal(timeline.Cues, back.Cues);
        Assert.Equal(timeline.Segments.Select(s => (s.StepId, s.Leg, s.StartSeconds)), back.Segments.Select(s => (s.StepId, s.Leg, s.StartSeconds)));
    }

    [Fact]
    public void Build_EveryCue_IndexedInRaisingOrderWithItsSegment()
    {
        var timeline = Build(Plans.Request(10, Emphasis.Soleus, ["hands", "foam-roller", "massage-ball", "massage-gun"], handsTired: true));

        Assert.Equal(Enumerable.Range(0, timeline.Cues.Count), timeline.Cues.Select(c => c.Index));
        Assert.All(timeline.Cues.SkipLast(1), c => Assert.InRange(c.AtSeconds, timeline.Segments[c.Segment].ReadyAtSeconds, timeline.Segments[c.Segment].EndSeconds));
        Assert.Equal(timeline.Segments.Count - 1, timeline.Cues[^1].Segment);
        Assert.Equal(timeline.Cues[^1].AtSeconds, timeline.TotalSeconds);
    }

    [Fact]
    public void Build_Holds_EndWhenTheHoldEndsAndSayHowLong()
    {
        var timeline = Build(Plans.Request(10, Emphasis.Soleus, ["hands", "foam-roller", "massage-ball"], handsTired: true));

        var holds = timeline.Cues.Where(c => c.Kind == CueKind.HoldStart).ToList();
        Assert.NotEmpty(holds);
        Assert.All(holds, hold =>
        {
            var end = timeline.Cues.First(c => c.Index > hold.Index && c.Kind == CueKind.HoldEnd);
            Assert.Equal(end.AtSeconds, hold.EndsAtSeconds);
            Assert.Equal(end.AtSeconds - hold.AtSeconds, hold.HoldSeconds);
        });
        Assert.All(timeline.Cues.Where(c => c.Kind != CueKind.HoldStart), c => Assert.Null(c.HoldSeconds));
    }

    [Fact]
    public void Build_EachCue_EndsWhenWhatItBeginsIsOver()
    {
        var timeline = Build(Plans.Request(8, Emphasis.Soleus, ["hands", "foam-roller"]));

        foreach (var cue in timeline.Cues)
        {
            var segment = timeline.Segments[cue.Segment];
            var nextAction = timeline.CuesOf(segment).FirstOrDefault(c => c.AtSeconds > cue.AtSeconds
                && c.Kind is CueKind.Stroke or CueKind.Pass or CueKind.Lane or CueKind.Zone or CueKind.Circles or CueKind.Move or CueKind.HoldStart);
            double expected = cue.Kind switch
            {
                CueKind.GetReady or CueKind.Briefing or CueKind.SwitchLeg => segment.StartSeconds,
                CueKind.HoldStart => cue.AtSeconds + cue.HoldSeconds!.Value,
                CueKind.Countdown => cue.AtSeconds + 1,
                CueKind.End => cue.AtSeconds,
                CueKind.StepStart or CueKind.Direction or CueKind.Halfway => segment.EndSeconds,
                _ => nextAction?.AtSeconds ?? segment.EndSeconds,
            };
            Assert.True(expected == cue.EndsAtSeconds, $"{cue.Kind} at {cue.AtSeconds}: ends {cue.EndsAtSeconds}, expected {expected}");
        }
    }

    [Fact]
    public void Build_StrokesAndPasses_TickAndCutInSoTheirCountIsNeverDropped_ZonesCutIn()
    {
        var timeline = Build(Plans.Request(8, Emphasis.Soleus, ["hands", "foam-roller"]));

        Assert.All(timeline.Cues.Where(c => c.Kind is CueKind.Stroke or CueKind.Pass), c => Assert.Equal((CueSound.Tick, CueVoice.Interrupt), (c.Sound!.Value, c.Voice)));
        Assert.All(timeline.Cues.Where(c => c.Kind == CueKind.Zone), c => Assert.Equal(((CueSound?)null, CueVoice.Interrupt), (c.Sound, c.Voice)));
        Assert.All(timeline.Cues.Where(c => c.Kind == CueKind.Countdown), c => Assert.Equal(CueSound.Pip, c.Sound));
        Assert.Equal(CueSound.End, timeline.Cues[^1].Sound);
    }

    [Fact]
    public void Build_AreaInHand_CarriedByEveryCueFromTheGetReadyOn()
    {
        var timeline = Build(Plans.Request(8));
        var knead = timeline.Segments.First(s => s.StepId == "knead");
        var cues = timeline.CuesOf(knead).ToList();

        Assert.Equal("lower", cues.Single(c => c.Kind == CueKind.GetReady).Zone);
        var zone = (string?)null;
        foreach (var cue in cues)
        {
            zone = cue.Kind == CueKind.Zone ? cue.Zone : zone ?? cue.Zone;
            Assert.Equal(zone, cue.Zone);
        }

        Assert.All(timeline.CuesOf(timeline.Segments.First(s => s.StepId == "warm-up")), c => Assert.Null(c.Zone ?? c.Lane));
    }
}
