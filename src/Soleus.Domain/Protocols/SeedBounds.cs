namespace Soleus.Domain.Protocols;

/// <summary>
/// The outer limits the source article sets on the method's figures. The linter refuses a protocol whose ranges
/// leave them, so an edit of the data cannot, for instance, make a trigger-point hold last two minutes.
/// </summary>
public static class SeedBounds
{
    /// <summary>(step id, field) → the seed's range for that field.</summary>
    public static IReadOnlyDictionary<(string Step, string Field), (double Min, double Max)> Steps { get; } =
        new Dictionary<(string, string), (double, double)>
        {
            [("warm-up", "durationSeconds")] = (60, 90),
            [("warm-up", "cadencePerMinute")] = (6, 8),
            [("knead", "durationSeconds")] = (90, 120),
            [("knead", "secondsPerZone")] = (20, 20),
            [("knead", "squeezeSeconds")] = (1, 1),
            [("trigger-points", "holdSeconds")] = (20, 30),
            [("strip", "durationSeconds")] = (120, 180),
            [("strip", "passesPerLane")] = (2, 3),
            [("strip", "pauseSeconds")] = (2, 3),
            [("strip", "startPressurePercent")] = (60, 60),
            [("opposite-knee", "holdSeconds")] = (15, 20),
            [("opposite-knee", "ankleCirclesEachWay")] = (5, 5),
            [("foam-roller", "durationSeconds")] = (60, 90),
            [("foam-roller", "holdSeconds")] = (20, 30),
            [("foam-roller", "rollInchesPerSecond")] = (1, 1),
            [("massage-ball", "holdSeconds")] = (20, 30),
            [("massage-ball", "moveInches")] = (1, 2),
            [("massage-gun", "durationSeconds")] = (60, 90),
            [("massage-gun", "secondsPerZone")] = (20, 30),
        };

    /// <summary>Minutes per calf for a whole session.</summary>
    public static (double Min, double Max) MinutesPerCalf { get; } = (5, 10);

    /// <summary>The step ids the API and other tools rely on.</summary>
    public static IReadOnlyList<string> StepIds { get; } =
        ["warm-up", "knead", "trigger-points", "strip", "opposite-knee", "foam-roller", "massage-ball", "massage-gun"];
}
