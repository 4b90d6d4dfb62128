using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// The durations a step can take with whole structures (whole strokes, holds inside their range, …), from the
/// protocol's figures. Candidate durations go in steps of <see cref="Granularity"/> seconds.
/// </summary>
public static class StepShapes
{
    public const int Granularity = 5;

    /// <summary>Every feasible shape of the step, shortest first, one per duration.</summary>
    public static IReadOnlyList<StepShape> For(ProtocolStep step)
    {
        var shapes = new List<StepShape>();
        for (var seconds = (int)Math.Ceiling(step.DurationSeconds.Min); seconds <= step.DurationSeconds.Max; seconds += Granularity)
        {
            if (Shape(step, seconds) is { } shape)
            {
                shapes.Add(shape);
            }
        }

        return shapes;
    }

    private static StepShape? Shape(ProtocolStep step, int seconds) => step.Pattern switch
    {
        StepPattern.Strokes => Strokes(seconds, step.CadencePerMinute!),
        StepPattern.Zones => Zones(seconds, step.Zones!.Count, step.SecondsPerZone!),
        StepPattern.Holds => Holds(seconds, step.HoldCount!, step.HoldSeconds!, step.MoveSeconds!.Min),
        StepPattern.Lanes => Lanes(seconds, step.Lanes!.Count, step.PassesPerLane!, step.PassSeconds!),
        StepPattern.Roll => Roll(seconds, step.PassSeconds!, step.HoldSeconds!),
        StepPattern.ZoneHolds => ZoneHolds(seconds, step.Zones!.Count, step.LeadInSeconds!.Min, step.HoldSeconds!),
    };

    /// <summary>The slowest cadence that gives a whole number of strokes.</summary>
    private static StepShape? Strokes(int seconds, FigureRange cadence)
    {
        for (var perMinute = (int)cadence.Min; perMinute <= cadence.Max; perMinute++)
        {
            if (seconds * perMinute % 60 == 0)
            {
                return new(seconds, seconds * perMinute / 60, 60.0 / perMinute);
            }
        }

        return null;
    }

    /// <summary>The fewest zone visits (at least one per zone) that keep each visit inside its range.</summary>
    private static StepShape? Zones(int seconds, int zones, FigureRange perZone)
    {
        var visits = Math.Max(zones, (int)Math.Ceiling(seconds / perZone.Max));
        var each = (double)seconds / visits;
        return perZone.Contains(each) ? new(seconds, visits, each) : null;
    }

    /// <summary>The most holds whose length is a whole number of seconds inside the hold range.</summary>
    private static StepShape? Holds(int seconds, FigureRange count, FigureRange hold, double move)
    {
        for (var holds = (int)count.Max; holds >= count.Min; holds--)
        {
            var each = (seconds - ((holds - 1) * move)) / holds;
            if (hold.Contains(each) && double.IsInteger(each))
            {
                return new(seconds, holds, move, each);
            }
        }

        return null;
    }

    /// <summary>The most passes per lane whose length stays inside the pass range.</summary>
    private static StepShape? Lanes(int seconds, int lanes, FigureRange passes, FigureRange pass)
    {
        for (var perLane = (int)passes.Max; perLane >= passes.Min; perLane--)
        {
            var each = (double)seconds / (lanes * perLane);
            if (pass.Contains(each))
            {
                return new(seconds, perLane, each);
            }
        }

        return null;
    }

    /// <summary>The most rolling passes that leave a hold inside its range.</summary>
    private static StepShape? Roll(int seconds, FigureRange pass, FigureRange hold)
    {
        for (var passes = (int)((seconds - hold.Min) / pass.Min); passes >= 1; passes--)
        {
            var held = Math.Clamp(seconds - (passes * pass.Max), hold.Min, hold.Max);
            var each = (seconds - held) / passes;
            if (pass.Contains(each))
            {
                return new(seconds, passes, each, held);
            }
        }

        return null;
    }

    /// <summary>Per zone, the lead-in and a hold of whole seconds inside the hold range.</summary>
    private static StepShape? ZoneHolds(int seconds, int zones, double leadIn, FigureRange hold)
    {
        var each = ((double)seconds / zones) - leadIn;
        return hold.Contains(each) && double.IsInteger(each) ? new(seconds, zones, leadIn, each) : null;
    }
}
