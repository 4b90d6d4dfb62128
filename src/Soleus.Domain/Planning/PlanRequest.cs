using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// What the person asks for. Equipment, activities and position use the protocol's ids
/// (e.g. "foam-roller", "cycling", "chair").
/// </summary>
public sealed record PlanRequest(
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<string> Equipment,
    int MinutesPerCalf,
    Emphasis Emphasis,
    IReadOnlyList<string> Activities,
    string Position = "chair",
    bool HandsTired = false)
{
    /// <summary>
    /// The whole minutes per calf a plan can keep, get-ready pauses included: at least what the four layers need at
    /// their shortest with the pause before each (and never fewer than the method's minimum), at most the method's
    /// maximum.
    /// </summary>
    public static (int Min, int Max) MinutesAllowed(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var layers = Planner.CalfSeconds(protocol, protocol.Steps.Where(s => s.Layer is not null).ToDictionary(s => s.Id, s => StepShapes.For(s)[0]));
        return ((int)Math.Max(Math.Ceiling(protocol.MinutesPerCalf.Min), Math.Ceiling(layers / 60.0)), (int)protocol.MinutesPerCalf.Max);
    }

    /// <summary>The rule for minutes per calf, in words.</summary>
    public static string MinutesRule(Protocol protocol)
    {
        var (min, max) = MinutesAllowed(protocol);
        return $"Enter a whole number of minutes per calf from {min} to {max}: the time the method takes, with a short pause to read each step.";
    }

    /// <summary>
    /// The positions a plan can be made in: those every one of the four layers allows, since every plan holds them. A
    /// step done elsewhere (on the foam roller, say) starts by saying how to set up for it.
    /// </summary>
    public static IReadOnlyList<Position> Positions(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var layers = protocol.Steps.Where(s => s.Layer is not null).ToList();
        return [.. protocol.Preparation.Positions.Where(p => layers.All(s => s.Positions.Contains(p.Id)))];
    }

    /// <summary>Every field of the request that the protocol does not allow, by field; empty when the request can be planned.</summary>
    public IReadOnlyList<FieldProblem> Problems(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var problems = new List<FieldProblem>();
        if (Protocols.Legs.Check("legs", Legs) is { } legs)
        {
            problems.Add(legs);
        }

        var equipment = protocol.Preparation.Equipment.Select(e => e.Id).ToList();
        if (Equipment.Count == 0 || Equipment.Any(e => !equipment.Contains(e)) || Equipment.Distinct().Count() != Equipment.Count)
        {
            problems.Add(new("equipment", $"Choose what you have to hand, each once, from: {string.Join(", ", equipment)}. Your hands alone are enough."));
        }

        var (min, max) = MinutesAllowed(protocol);
        if (MinutesPerCalf < min || MinutesPerCalf > max)
        {
            problems.Add(new("minutesPerCalf", MinutesRule(protocol)));
        }

        var activities = protocol.Muscles.SelectMany(m => m.Activities).ToList();
        if (Activities.Any(a => !activities.Contains(a)))
        {
            problems.Add(new("activities", $"Choose only activities from the list: {string.Join(", ", activities)}."));
        }
        else if (Emphasis == Emphasis.Auto && Activities.Count == 0)
        {
            problems.Add(new("activities", "With emphasis auto (not sure), choose at least one activity that tires your calves, or choose a muscle instead."));
        }

        if (PositionProblem(protocol) is { } position)
        {
            problems.Add(new("position", position));
        }

        return problems;
    }

    /// <summary>Why the position cannot be planned: unknown, or one the four layers cannot be done in; null when it fits.</summary>
    private string? PositionProblem(Protocol protocol)
    {
        var fitting = Positions(protocol);
        if (fitting.Any(p => p.Id == Position))
        {
            return null;
        }

        var ids = Names.Either(fitting.Select(p => p.Id));
        return protocol.Preparation.Positions.FirstOrDefault(p => p.Id == Position) is { } known
            ? $"The four layers are done {Names.Either(fitting.Select(p => Names.InSentence(p.Name)))}, not {Names.InSentence(known.Name)}: choose {ids}."
            : $"Choose a position: {ids}.";
    }
}
