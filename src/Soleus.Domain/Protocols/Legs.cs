using Soleus.Domain.Checks;

namespace Soleus.Domain.Protocols;

/// <summary>The rule for a choice of legs: one or both, each once, by their wire names ("left", "right").</summary>
public static class Legs
{
    public static string Rule { get; } = "Choose the left leg, the right leg or both.";

    /// <summary>The legs named, left first; every unknown, repeated or missing name is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<Leg> Read(string field, IReadOnlyList<string?>? names, ICollection<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var legs = new List<Leg>();
        var valid = names is { Count: > 0 };
        foreach (var name in names ?? [])
        {
            if (WireNames.Parse<Leg>(name) is { } leg && !legs.Contains(leg))
            {
                legs.Add(leg);
            }
            else
            {
                valid = false;
            }
        }

        if (!valid)
        {
            problems.Add(new(field, Rule));
        }

        return [.. legs.Order()];
    }

    /// <summary>The problem with legs already typed (none, or one named twice), or null.</summary>
    public static FieldProblem? Check(string field, IReadOnlyList<Leg> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        return legs.Count == 0 || legs.Distinct().Count() != legs.Count ? new(field, Rule) : null;
    }
}
