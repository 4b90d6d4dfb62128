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
    /// <summary>The most minutes per calf a request may ask for.</summary>
    public const int MaxMinutesPerCalf = 60;

    /// <summary>The rule for minutes per calf, in words.</summary>
    public static string MinutesRule(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return $"Enter a whole number of minutes from 1 to {MaxMinutesPerCalf}. The method itself uses {protocol.MinutesPerCalf.Min} to {protocol.MinutesPerCalf.Max} minutes per calf.";
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

        if (MinutesPerCalf is < 1 or > MaxMinutesPerCalf)
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

        if (!protocol.Preparation.Positions.Any(p => p.Id == Position))
        {
            problems.Add(new("position", $"Choose a position: {string.Join(", ", protocol.Preparation.Positions.Select(p => p.Id))}."));
        }

        return problems;
    }
}
