using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Protocols;

/// <summary>
/// The shipped protocol against the figures, orders and facts of the source article (the seed). See
/// docs/seed-traceability.md for which test covers which fact.
/// </summary>
public class SeedFiguresTests
{
    /// <summary>The seed's section headings, as written there; a "seed: …" source must name one of them.</summary>
    private static readonly string[] SeedSections =
    [
        "Medical Disclaimer",
        "Understanding Your Calf Muscles Before You Start",
        "The Gastrocnemius: Your Surface Calf Muscle",
        "The Soleus: The Hidden Muscle Beneath",
        "Before You Begin: Your Pre-Massage Checklist",
        "What You’ll Need (Equipment Options)",
        "The Best Positions for Calf Self-Massage",
        "How to Self Massage Your Calves: The 4-Layer Method (Step-by-Step)",
        "Step 1 — Warm Up the Tissue",
        "Step 2 — Knead the Muscle (Petrissage)",
        "Step 3 — Release Trigger Points (Knots)",
        "Step 4 — Strip the Muscle Lanes",
        "Step 5 — The Opposite Knee Technique (Tool-Free Alternative)",
        "Using Massage Tools on Your Calves",
        "Foam Roller Technique for Calves",
        "Massage Ball (Lacrosse Ball) Technique",
        "Massage Gun on Your Calves",
        "Why Are Your Calves Always Tight? Root Causes Explained",
        "Nutritional Deficiencies: Magnesium, Potassium, and Calcium",
        "Cortisol, Stress, and Muscle Tension",
        "The Calf–Plantar Fasciitis Connection",
        "When NOT to Massage Your Calves: Safety & Red Flags",
        "Red Flags: Stop Immediately If You Notice These",
        "When to See a Professional Instead",
        "How can I massage my own calves?",
        "Can calf massage help plantar fasciitis?",
        "What deficiency causes tight calves?",
        "What is a red flag in massage?",
        "Conclusion",
    ];

    private readonly Protocol _protocol = ShippedProtocol.Load();

    [Theory]
    [InlineData("warm-up", "durationSeconds", 60, 90)]
    [InlineData("warm-up", "cadencePerMinute", 6, 8)]
    [InlineData("knead", "durationSeconds", 90, 120)]
    [InlineData("knead", "secondsPerZone", 20, 20)]
    [InlineData("knead", "squeezeSeconds", 1, 1)]
    [InlineData("trigger-points", "holdSeconds", 20, 30)]
    [InlineData("strip", "durationSeconds", 120, 180)]
    [InlineData("strip", "passesPerLane", 2, 3)]
    [InlineData("strip", "pauseSeconds", 2, 3)]
    [InlineData("strip", "startPressurePercent", 60, 60)]
    [InlineData("opposite-knee", "ankleCirclesEachWay", 5, 5)]
    [InlineData("opposite-knee", "holdSeconds", 15, 20)]
    [InlineData("foam-roller", "durationSeconds", 60, 90)]
    [InlineData("foam-roller", "rollInchesPerSecond", 1, 1)]
    [InlineData("foam-roller", "holdSeconds", 20, 30)]
    [InlineData("massage-ball", "holdSeconds", 20, 30)]
    [InlineData("massage-ball", "moveInches", 1, 2)]
    [InlineData("massage-gun", "durationSeconds", 60, 90)]
    [InlineData("massage-gun", "secondsPerZone", 20, 30)]
    public void StepFigure_FromSeed_EqualsSeedRange(string step, string field, int min, int max)
    {
        var range = ProtocolLinter.Figures(_protocol.Step(step)).Single(f => f.Field == field).Range;

        Assert.Equal((min, max), (range.Min, range.Max));
        Assert.StartsWith("seed: ", range.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void MinutesPerCalf_Session_IsFiveToTen()
    {
        Assert.Equal((5d, 10d), (_protocol.MinutesPerCalf.Min, _protocol.MinutesPerCalf.Max));
    }

    [Fact]
    public void WarmUpAdvice_Minutes_IsFiveMinutesOfWalkOrWarmShower()
    {
        var warmUp = _protocol.Preparation.WarmUp;

        Assert.Equal((5d, 5d), (warmUp.Minutes.Min, warmUp.Minutes.Max));
        Assert.Equal(["walk", "warm-shower"], warmUp.Options);
    }

    [Fact]
    public void Steps_Order_IsTheFourLayersThenAlternativeThenTools()
    {
        Assert.Equal(
            ["warm-up", "knead", "trigger-points", "strip", "opposite-knee", "foam-roller", "massage-ball", "massage-gun"],
            _protocol.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Layers_Order_IsWarmKneadReleaseStrip()
    {
        var layers = _protocol.Steps.Where(s => s.Layer is not null).Select(s => (s.Layer, s.Role));

        Assert.Equal([(1, StepRole.Warm), (2, StepRole.Knead), (3, StepRole.Release), (4, StepRole.Strip)], layers);
    }

    [Theory]
    [InlineData("warm-up", "gastrocnemius")]
    [InlineData("knead", "gastrocnemius")]
    [InlineData("trigger-points", "gastrocnemius")]
    [InlineData("strip", "gastrocnemius")]
    [InlineData("opposite-knee", "soleus")]
    [InlineData("foam-roller", "soleus")]
    public void Step_TargetMuscle_MatchesSeed(string step, string muscle)
    {
        Assert.Equal(muscle, _protocol.Step(step).TargetMuscle);
    }

    [Fact]
    public void DirectionRule_Direction_IsAnkleToKnee()
    {
        Assert.Equal(Direction.AnkleToKnee, _protocol.Preparation.DirectionRule.Direction);
    }

    [Fact]
    public void TravellingStrokes_Direction_IsAnkleToKnee()
    {
        var travelling = _protocol.Steps.Where(s => s.Stroke is StrokeKind.Glide or StrokeKind.Strip or StrokeKind.Roll).ToList();

        Assert.Equal(["warm-up", "strip", "foam-roller"], travelling.Select(s => s.Id));
        Assert.All(travelling, s => Assert.Equal(Direction.AnkleToKnee, s.Direction));
    }

    [Fact]
    public void OppositeKnee_Slide_IsAnkleToKnee()
    {
        Assert.Equal(Direction.AnkleToKnee, _protocol.Step("opposite-knee").Direction);
    }

    [Theory]
    [InlineData("knead", "lower mid upper")]
    [InlineData("massage-ball", "lower mid upper")]
    [InlineData("massage-gun", "lower mid upper")]
    [InlineData("opposite-knee", "lower mid")]
    public void Zones_Order_RunsFromAnkleUp(string step, string zones)
    {
        Assert.Equal(zones.Split(' '), _protocol.Step(step).Zones);
    }

    [Fact]
    public void Strip_Lanes_AreCentreInnerOuter()
    {
        Assert.Equal(["centre", "inner", "outer"], _protocol.Step("strip").Lanes);
    }

    [Fact]
    public void Equipment_Ids_AreTheChecklistItems()
    {
        Assert.Equal(
            ["hands", "foam-roller", "massage-ball", "massage-gun", "oil-or-lotion"],
            _protocol.Preparation.Equipment.Select(e => e.Id));
    }

    [Fact]
    public void Equipment_OilOrLotion_IsTheOnlyOptionalItem()
    {
        Assert.Equal(["oil-or-lotion"], _protocol.Preparation.Equipment.Where(e => e.Optional).Select(e => e.Id));
    }

    [Theory]
    [InlineData("hands", "gastrocnemius")]
    [InlineData("foam-roller", "soleus")]
    [InlineData("massage-ball", "soleus")]
    public void Equipment_Reaches_IncludesSeedMuscle(string id, string muscle)
    {
        Assert.Contains(muscle, _protocol.Preparation.Equipment.Single(e => e.Id == id).Reaches);
    }

    [Fact]
    public void Positions_Ids_AreChairFloorFoamRoller()
    {
        Assert.Equal(["chair", "floor", "foam-roller"], _protocol.Preparation.Positions.Select(p => p.Id));
    }

    [Fact]
    public void FoamRollerPosition_Instructions_CrossTheOtherAnkleOverTheTop()
    {
        var position = _protocol.Preparation.Positions.Single(p => p.Id == "foam-roller");

        Assert.Contains(position.Instructions, i => i.Contains("cross your other ankle", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("gastrocnemius", "surface", "straight", "running jumping stairs")]
    [InlineData("soleus", "deep", "bent", "slow-walking cycling standing")]
    public void Muscle_DepthKneeAndActivities_MatchSeed(string id, string depth, string knee, string activities)
    {
        var muscle = _protocol.Muscles.Single(m => m.Id == id);

        Assert.Equal((depth, knee), (muscle.Depth, muscle.KneePosition));
        Assert.Equal(activities.Split(' '), muscle.Activities);
    }

    [Fact]
    public void Soleus_ReachedBy_IsRollerBallAndOppositeKnee()
    {
        Assert.Equal(["foam-roller", "massage-ball", "opposite-knee"], _protocol.Muscles.Single(m => m.Id == "soleus").ReachedBy);
    }

    [Fact]
    public void MassageGun_MaxSpeed_IsMedium()
    {
        Assert.Equal(Speed.Medium, _protocol.Step("massage-gun").MaxSpeed);
    }

    [Theory]
    [InlineData("foam-roller", "back-of-knee")]
    [InlineData("massage-gun", "back-of-knee")]
    [InlineData("massage-ball", "bone")]
    public void Step_Avoid_IncludesSeedArea(string step, string area)
    {
        Assert.Contains(area, _protocol.Step(step).Avoid);
    }

    [Fact]
    public void Disclaimer_Text_SaysNotMedicalAdviceAndToAskAProfessional()
    {
        Assert.Contains("not medical advice", _protocol.Disclaimer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("professional", _protocol.Disclaimer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("DVT")]
    [InlineData("swelling")]
    [InlineData("redness")]
    [InlineData("warmth")]
    [InlineData("emergency")]
    [InlineData("pulmonary embolism")]
    public void DvtWarning_Text_Names(string words)
    {
        Assert.Contains(words, _protocol.DvtWarning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SeedSources_EveryFigure_NamesASeedSection()
    {
        var sources = _protocol.Steps.SelectMany(ProtocolLinter.Figures).Select(f => f.Range.Source)
            .Append(_protocol.MinutesPerCalf.Source)
            .Append(_protocol.GetReadySeconds.Source)
            .Append(_protocol.Preparation.WarmUp.Minutes.Source)
            .Append(_protocol.Preparation.DirectionRule.Source)
            .Concat(_protocol.Steps.SelectMany(s => s.Sources))
            .Concat(_protocol.Muscles.SelectMany(m => m.Sources))
            .ToList();

        var fromSeed = sources.Where(s => s.StartsWith("seed: ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(fromSeed);
        Assert.All(fromSeed, s => Assert.Contains(s["seed: ".Length..], SeedSections));
        Assert.All(sources, s => Assert.Matches("^(seed|soleus): .+", s));
    }
}
