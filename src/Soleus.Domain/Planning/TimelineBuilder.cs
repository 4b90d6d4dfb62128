using System.Globalization;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// Expands a plan into timed cues. Every time is computed from the step's start and its shape, never by adding up
/// the cues before it, so the same plan always gives the same times. Each step opens with its get-ready pause, in
/// which the voice briefs it (<see cref="GetReady"/>); from its start on come only short cues, each said before the
/// next one is due. A last pass flattens the cues into one list and gives each what a player looks up: its index and
/// segment, its end, its hold, its voice mode, its sound and the area in hand.
/// </summary>
public static class TimelineBuilder
{
    private const int CountdownFrom = 3;

    public static Timeline Build(Protocol protocol, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(plan);
        var segments = new List<Segment>();
        var cuesBySegment = new List<List<Cue>>();
        var at = 0.0;
        Leg? previousLeg = null;
        foreach (var planned in plan.Steps)
        {
            var step = protocol.Step(planned.StepId);
            var start = at + planned.GetReadySeconds;
            var cues = GetReady.Cues(step, planned.Leg, planned.Seconds, switching: previousLeg is not null && previousLeg != planned.Leg)
                .Select(c => c with { AtSeconds = at })
                .ToList();
            cues.Add(new(start, CueKind.StepStart, "Begin."));
            cues.AddRange(PatternCues(step, planned.Shape).Select(c => c with { AtSeconds = start + c.AtSeconds }));
            if (step.Pattern is StepPattern.Strokes or StepPattern.Zones or StepPattern.Lanes)
            {
                // A step with holds counts each hold down instead: a halfway mark there would talk over a hold or a pass.
                cues.Add(new(start + (planned.Seconds / 2.0), CueKind.Halfway, "Halfway."));
            }

            var end = start + planned.Seconds;
            if (!cues.Any(c => c.Kind == CueKind.Countdown && c.AtSeconds == end - 1))
            {
                cues.AddRange(Countdown(end));
            }

            segments.Add(new(segments.Count, step.Id, step.Name, planned.Leg, at, start, planned.Seconds));
            cuesBySegment.Add([.. cues.OrderBy(c => c.AtSeconds)]);
            previousLeg = planned.Leg;
            at = end;
        }

        cuesBySegment[^1].Add(new Cue(at, CueKind.End, "That is the end. Rate how your calves feel now."));
        return new Timeline(segments, Flatten(segments, cuesBySegment));
    }

    /// <summary>Every cue in raising order, each told its index, segment, end, voice, sound and the area in hand.</summary>
    private static List<Cue> Flatten(List<Segment> segments, List<List<Cue>> cuesBySegment)
    {
        var all = new List<Cue>();
        foreach (var segment in segments)
        {
            var cues = cuesBySegment[segment.Index];
            var nextAction = NextActions(cues, segment);
            var area = cues.FirstOrDefault(c => c.Zone is not null || c.Lane is not null) is { } first ? (first.Zone, first.Lane) : (null, null);
            for (var i = 0; i < cues.Count; i++)
            {
                var cue = cues[i];
                if (cue.Zone is not null || cue.Lane is not null)
                {
                    area = (cue.Zone, cue.Lane);
                }

                all.Add(cue with
                {
                    Index = all.Count,
                    Segment = segment.Index,
                    EndsAtSeconds = EndOf(cue, segment, nextAction[i]),
                    Voice = VoiceOf(cue.Kind),
                    Sound = SoundOf(cue.Kind),
                    Zone = area.Zone,
                    Lane = area.Lane,
                });
            }
        }

        return all;
    }

    /// <summary>For each cue of a segment, when the first action cue after its instant comes (or the step's end), in one backward pass.</summary>
    private static double[] NextActions(List<Cue> cues, Segment segment)
    {
        var next = new double[cues.Count];
        var (after, afterAt) = (segment.EndSeconds, segment.EndSeconds);
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            if (i + 1 < cues.Count && cues[i + 1].AtSeconds > cues[i].AtSeconds)
            {
                // Leaving an instant behind: the earliest action at or after the later instant is the next one.
                after = afterAt;
            }

            next[i] = after;
            if (IsAction(cues[i].Kind))
            {
                afterAt = cues[i].AtSeconds;
            }
        }

        return next;
    }

    private static double EndOf(Cue cue, Segment segment, double nextAction) => cue.Kind switch
    {
        CueKind.GetReady or CueKind.Briefing or CueKind.SwitchLeg => segment.StartSeconds,
        CueKind.HoldStart => cue.AtSeconds + cue.HoldSeconds!.Value,
        CueKind.Stroke or CueKind.Pass or CueKind.Lane or CueKind.Zone or CueKind.Circles or CueKind.Move or CueKind.HoldEnd => nextAction,
        CueKind.Countdown => cue.AtSeconds + 1,
        CueKind.End => cue.AtSeconds,
        CueKind.StepStart or CueKind.Direction or CueKind.Halfway => segment.EndSeconds,
    };

    /// <summary>Cues that change what the hands do, and so end the one before.</summary>
    private static bool IsAction(CueKind kind) =>
        kind is CueKind.Stroke or CueKind.Pass or CueKind.Lane or CueKind.Zone or CueKind.Circles or CueKind.Move or CueKind.HoldStart;

    private static CueVoice VoiceOf(CueKind kind) => kind switch
    {
        CueKind.SwitchLeg or CueKind.GetReady or CueKind.End or CueKind.Zone or CueKind.Lane or CueKind.HoldStart or CueKind.Stroke or CueKind.Pass => CueVoice.Interrupt,
        CueKind.Briefing or CueKind.StepStart or CueKind.Direction or CueKind.HoldEnd or CueKind.Move or CueKind.Circles => CueVoice.Queue,
        CueKind.Halfway or CueKind.Countdown => CueVoice.IfIdle,
    };

    private static CueSound? SoundOf(CueKind kind) => kind switch
    {
        CueKind.Countdown => CueSound.Pip,
        CueKind.StepStart => CueSound.Go,
        CueKind.Stroke or CueKind.Pass => CueSound.Tick,
        CueKind.HoldStart or CueKind.HoldEnd => CueSound.Hold,
        CueKind.End => CueSound.End,
        CueKind.GetReady or CueKind.Briefing or CueKind.SwitchLeg or CueKind.Direction or CueKind.Zone or CueKind.Lane or CueKind.Circles or CueKind.Move or CueKind.Halfway => null,
    };

    /// <summary>The cues inside a step, at offsets from the step's start.</summary>
    private static IEnumerable<Cue> PatternCues(ProtocolStep step, StepShape shape) => step.Pattern switch
    {
        StepPattern.Strokes => Enumerable.Range(0, shape.Count).Select(i =>
            new Cue(i * shape.Unit, CueKind.Stroke, $"Stroke {i + 1} of {shape.Count}: glide up, lift off, return.", Count: i + 1)),
        StepPattern.Zones => Enumerable.Range(0, shape.Count).Select(i =>
            ZoneCue(i * shape.Unit, step.Zones![i % step.Zones.Count])),
        StepPattern.Holds => Enumerable.Range(0, shape.Count).SelectMany(i =>
            Hold(i * (shape.Hold + shape.Unit), shape.Hold, $"Hold {i + 1} of {shape.Count}",
                i + 1 < shape.Count ? "Release, then the next spot." : "Release.")),
        StepPattern.Lanes => LaneCues(step.Lanes!, shape),
        StepPattern.Roll => RollCues(shape),
        StepPattern.ZoneHolds => Enumerable.Range(0, shape.Count).SelectMany(i => ZoneHoldCues(step, shape, i)),
    };

    private static IEnumerable<Cue> LaneCues(IReadOnlyList<string> lanes, StepShape shape) =>
        lanes.SelectMany((lane, l) => Enumerable.Range(0, shape.Count).Select(p => new Cue(
            ((l * shape.Count) + p) * shape.Unit,
            p == 0 ? CueKind.Lane : CueKind.Pass,
            $"{LaneName(lane)}, pass {p + 1} of {shape.Count}: ankle to knee.",
            Lane: lane)));

    private static IEnumerable<Cue> RollCues(StepShape shape)
    {
        yield return new(0, CueKind.Pass, $"Pass 1 of {shape.Count}: roll up slowly, an inch a second.");
        foreach (var cue in Hold(shape.Unit, shape.Hold, "Stop on the most tender spot", "Move on."))
        {
            yield return cue;
        }

        for (var pass = 2; pass <= shape.Count; pass++)
        {
            yield return new(shape.Hold + ((pass - 1) * shape.Unit), CueKind.Pass, $"Pass {pass} of {shape.Count}: from the ankle, roll up slowly.");
        }
    }

    private static IEnumerable<Cue> ZoneHoldCues(ProtocolStep step, StepShape shape, int index)
    {
        var zone = step.Zones![index];
        var at = index * (shape.Unit + shape.Hold);
        yield return ZoneCue(at, zone);
        if (step.AnkleCirclesEachWay is { } circles)
        {
            yield return new(at, CueKind.Circles, $"Circle the ankle {Seconds(circles.Min)} times clockwise.", zone);
            yield return new(at + (shape.Unit / 2), CueKind.Circles, $"Now {Seconds(circles.Min)} times the other way.", zone);
        }
        else
        {
            yield return new(at, CueKind.Circles, "Circle to find a tender spot.", zone);
        }

        foreach (var cue in Hold(at + shape.Unit, shape.Hold, "Hold still", "Release."))
        {
            yield return cue with { Zone = zone };
        }
    }

    private static IEnumerable<Cue> Hold(double at, double seconds, string what, string release) =>
    [
        new(at, CueKind.HoldStart, $"{what}: {Seconds(seconds)} seconds.") { HoldSeconds = seconds },
        .. Countdown(at + seconds),
        new(at + seconds, CueKind.HoldEnd, release),
    ];

    private static IEnumerable<Cue> Countdown(double end) =>
        Enumerable.Range(1, CountdownFrom).Reverse().Select(n =>
            new Cue(end - n, CueKind.Countdown, n.ToString(CultureInfo.InvariantCulture), Count: n));

    private static Cue ZoneCue(double at, string zone) => new(at, CueKind.Zone, zone switch
    {
        "lower" => "Lower calf, above the ankle.",
        "mid" => "Middle of the calf.",
        "upper" => "Upper calf, below the knee.",
        _ => $"{zone} calf.",
    }, Zone: zone);

    private static string LaneName(string lane) => lane switch
    {
        "centre" => "Centre lane",
        "inner" => "Inner edge",
        "outer" => "Outer edge",
        _ => lane,
    };

    private static string Seconds(double seconds) => Math.Round(seconds).ToString(CultureInfo.InvariantCulture);
}
