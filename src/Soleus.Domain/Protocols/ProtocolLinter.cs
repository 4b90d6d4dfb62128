using Soleus.Domain.Planning;

namespace Soleus.Domain.Protocols;

/// <summary>
/// Checks a protocol against the method's safety invariants. Each violation names the rule, the step and the field.
/// </summary>
public static class ProtocolLinter
{
    private static readonly string[] AllowedZones = ["lower", "mid", "upper"];
    private static readonly string[] AllowedLanes = ["centre", "inner", "outer"];
    private static readonly string[] AlwaysAvoided = ["back-of-knee", "bone"];
    private static readonly StepRole[] LayerRoles = [StepRole.Warm, StepRole.Knead, StepRole.Release, StepRole.Strip];

    public static IReadOnlyList<LintViolation> Lint(Protocol protocol)
    {
        var found = new List<LintViolation>();
        CheckStepIds(protocol, found);
        CheckLayerOrder(protocol, found);
        CheckDirectionRule(protocol, found);
        foreach (var step in protocol.Steps)
        {
            CheckDirection(step, found);
            CheckAreas(step, found);
            CheckMassageGun(step, found);
            CheckPatternFigures(step, found);
            CheckBriefing(protocol, step, found);
            foreach (var (field, range) in Figures(step))
            {
                CheckRange(step.Id, field, range, found);
            }
        }

        CheckClotUrgency(protocol, found);
        CheckRange("(protocol)", "minutesPerCalf", protocol.MinutesPerCalf, found);
        CheckRange("(protocol)", "getReadySeconds", protocol.GetReadySeconds, found);
        if (!Within(protocol.MinutesPerCalf, SeedBounds.MinutesPerCalf))
        {
            found.Add(new("seed-bounds", "(protocol)", "minutesPerCalf",
                $"{protocol.MinutesPerCalf} minutes leaves the seed's {SeedBounds.MinutesPerCalf.Min}–{SeedBounds.MinutesPerCalf.Max}."));
        }

        return found;
    }

    /// <summary>Every figure a step carries, by its JSON field name.</summary>
    public static IEnumerable<(string Field, FigureRange Range)> Figures(ProtocolStep step)
    {
        (string, FigureRange?)[] all =
        [
            ("durationSeconds", step.DurationSeconds), ("cadencePerMinute", step.CadencePerMinute),
            ("secondsPerZone", step.SecondsPerZone), ("squeezeSeconds", step.SqueezeSeconds),
            ("holdSeconds", step.HoldSeconds), ("holdCount", step.HoldCount), ("moveSeconds", step.MoveSeconds),
            ("passesPerLane", step.PassesPerLane), ("passSeconds", step.PassSeconds), ("pauseSeconds", step.PauseSeconds),
            ("startPressurePercent", step.StartPressurePercent), ("ankleCirclesEachWay", step.AnkleCirclesEachWay),
            ("leadInSeconds", step.LeadInSeconds), ("rollInchesPerSecond", step.RollInchesPerSecond),
            ("moveInches", step.MoveInches),
        ];
        return all.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!));
    }

    /// <summary>The DVT warning, and every safety note that names a clot sign, give the one clot instruction (<see cref="ClotUrgency"/>).</summary>
    private static void CheckClotUrgency(Protocol protocol, List<LintViolation> found)
    {
        var texts = protocol.Steps.SelectMany(s => s.SafetyNotes.Where(ClotUrgency.NamesClotSign).Select(n => (s.Id, Field: "safetyNotes", Text: n)))
            .Prepend(("(protocol)", "dvtWarning", protocol.DvtWarning));
        foreach (var (item, field, text) in texts)
        {
            if (ClotUrgency.Problem(text) is { } problem)
            {
                found.Add(new("clot-urgency", item, field, problem));
            }
        }
    }

    private static void CheckStepIds(Protocol protocol, List<LintViolation> found)
    {
        foreach (var id in SeedBounds.StepIds.Where(id => protocol.Steps.All(s => s.Id != id)))
        {
            found.Add(new("step-ids", id, "id", "This step of the method is missing."));
        }

        foreach (var twice in protocol.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            found.Add(new("step-ids", twice.Key, "id", "This id is used by more than one step."));
        }
    }

    private static void CheckLayerOrder(Protocol protocol, List<LintViolation> found)
    {
        var layers = protocol.Steps.Where(s => s.Layer is not null).ToList();
        for (var i = 0; i < LayerRoles.Length; i++)
        {
            var expected = $"layer {i + 1} with role '{LayerRoles[i]}'";
            if (i >= layers.Count)
            {
                found.Add(new("layer-order", "(protocol)", "steps", $"Expected {expected}, but the protocol has only {layers.Count} layers."));
            }
            else if (layers[i].Layer != i + 1)
            {
                found.Add(new("layer-order", layers[i].Id, "layer", $"Expected {expected} in position {i + 1}, found layer {layers[i].Layer}."));
            }
            else if (layers[i].Role != LayerRoles[i])
            {
                found.Add(new("layer-order", layers[i].Id, "role", $"Expected {expected} in position {i + 1}, found role '{layers[i].Role}'."));
            }
        }

        foreach (var extra in layers.Skip(LayerRoles.Length))
        {
            found.Add(new("layer-order", extra.Id, "layer", "The method has four layers; this step claims a fifth."));
        }

        foreach (var step in protocol.Steps.Where(s => s.Layer is null && LayerRoles.Contains(s.Role)))
        {
            found.Add(new("layer-order", step.Id, "role", $"Role '{step.Role}' belongs to a layer, but the step has no layer number."));
        }
    }

    private static void CheckDirectionRule(Protocol protocol, List<LintViolation> found)
    {
        if (protocol.Preparation.DirectionRule.Direction != Direction.AnkleToKnee)
        {
            found.Add(new("upward-strokes", "(preparation)", "directionRule.direction", "The direction rule must be ankle-to-knee."));
        }
    }

    private static void CheckDirection(ProtocolStep step, List<LintViolation> found)
    {
        var travels = step.Stroke is StrokeKind.Glide or StrokeKind.Strip or StrokeKind.Roll;
        if (travels && step.Direction != Direction.AnkleToKnee)
        {
            found.Add(new("upward-strokes", step.Id, "direction", $"A {step.Stroke} stroke must go ankle-to-knee, found '{step.Direction}'."));
        }
        else if (step.Direction == Direction.KneeToAnkle)
        {
            found.Add(new("upward-strokes", step.Id, "direction", "No stroke may go from the knee toward the ankle."));
        }
    }

    private static void CheckAreas(ProtocolStep step, List<LintViolation> found)
    {
        foreach (var zone in (step.Zones ?? []).Where(z => !AllowedZones.Contains(z)))
        {
            found.Add(new("no-back-of-knee-or-bone", step.Id, "zones", $"Zone '{zone}' is not one of {string.Join(", ", AllowedZones)}."));
        }

        foreach (var lane in (step.Lanes ?? []).Where(l => !AllowedLanes.Contains(l)))
        {
            found.Add(new("no-back-of-knee-or-bone", step.Id, "lanes", $"Lane '{lane}' is not one of {string.Join(", ", AllowedLanes)}."));
        }

        foreach (var area in AlwaysAvoided.Where(a => !step.Avoid.Contains(a)))
        {
            found.Add(new("no-back-of-knee-or-bone", step.Id, "avoid", $"The step must tell the person to keep off '{area}'."));
        }
    }

    private static void CheckMassageGun(ProtocolStep step, List<LintViolation> found)
    {
        if (step.Stroke != StrokeKind.Vibrate)
        {
            return;
        }

        if (step.MaxSpeed is null or > Speed.Medium)
        {
            found.Add(new("gun-speed", step.Id, "maxSpeed", $"A massage gun on the calf runs at low or medium speed at most, found '{step.MaxSpeed?.ToString() ?? "none"}'."));
        }

        if (step.DurationSeconds.Max > 90)
        {
            found.Add(new("gun-time", step.Id, "durationSeconds", $"A massage gun is used at most 90 s per calf, found up to {step.DurationSeconds.Max} s."));
        }
    }

    private static void CheckPatternFigures(ProtocolStep step, List<LintViolation> found)
    {
        (string Field, object? Value)[] needed = step.Pattern switch
        {
            StepPattern.Strokes => [("cadencePerMinute", step.CadencePerMinute)],
            StepPattern.Zones => [("zones", step.Zones), ("secondsPerZone", step.SecondsPerZone)],
            StepPattern.Holds => [("holdSeconds", step.HoldSeconds), ("holdCount", step.HoldCount), ("moveSeconds", step.MoveSeconds)],
            StepPattern.Lanes => [("lanes", step.Lanes), ("passesPerLane", step.PassesPerLane), ("passSeconds", step.PassSeconds)],
            StepPattern.Roll => [("holdSeconds", step.HoldSeconds), ("passSeconds", step.PassSeconds)],
            StepPattern.ZoneHolds => [("zones", step.Zones), ("leadInSeconds", step.LeadInSeconds), ("holdSeconds", step.HoldSeconds)],
        };
        foreach (var (field, _) in needed.Where(n => n.Value is null or IReadOnlyList<string> { Count: 0 }))
        {
            found.Add(new("pattern-figures", step.Id, field, $"A '{step.Pattern}' step needs '{field}'."));
        }
    }

    /// <summary>
    /// A step has a briefing, and the pause it needs before the step (<see cref="GetReady.Seconds"/>, with or without a
    /// switch of legs) is inside getReadySeconds: a briefing too long to say in time is refused, never cut short.
    /// </summary>
    private static void CheckBriefing(Protocol protocol, ProtocolStep step, List<LintViolation> found)
    {
        if (GetReady.Words(step.Briefing) == 0)
        {
            found.Add(new("briefing", step.Id, "briefing", "A step needs a briefing to say while the person gets ready for it."));
            return;
        }

        var (shortest, longest) = (GetReady.Seconds(step, opensCalf: false), GetReady.Seconds(step, opensCalf: true));
        if (!protocol.GetReadySeconds.Contains(shortest) || !protocol.GetReadySeconds.Contains(longest))
        {
            found.Add(new("briefing", step.Id, "briefing",
                $"Said at {GetReady.WordsPerMinute} words a minute, the step's get-ready needs {shortest}–{longest} s, outside getReadySeconds {protocol.GetReadySeconds.Min}–{protocol.GetReadySeconds.Max}."));
        }
    }

    private static void CheckRange(string step, string field, FigureRange range, List<LintViolation> found)
    {
        if (range.Min > range.Max || range.Min < 0 || (field.EndsWith("Seconds", StringComparison.Ordinal) && range.Min <= 0 && field != "moveSeconds"))
        {
            found.Add(new("duration-range", step, field, $"Expected a range with 0 < min ≤ max, found {range.Min}–{range.Max}."));
        }

        if (SeedBounds.Steps.TryGetValue((step, field), out var bounds) && !Within(range, bounds))
        {
            found.Add(new("seed-bounds", step, field, $"{range} leaves the seed's {bounds.Min}–{bounds.Max}."));
        }
    }

    private static bool Within(FigureRange range, (double Min, double Max) bounds) =>
        range.Min >= bounds.Min && range.Max <= bounds.Max;
}
