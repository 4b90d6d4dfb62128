using System.Globalization;
using Soleus.Domain.Checks;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>
/// The plan builder's fields as posted, kept as text so the form can show back exactly what was sent. The fields
/// carry the API's names ("legs", "minutesPerCalf", "handsTired", …); the ratings before the session, which only
/// the page asks for (the player needs them), are "tightnessBefore.left", "painBefore.right" and so on.
/// </summary>
public sealed class PlanInput
{
    public const string LegsField = "legs";
    public const string EquipmentField = "equipment";
    public const string MinutesField = "minutesPerCalf";
    public const string EmphasisField = "emphasis";
    public const string ActivitiesField = "activities";
    public const string PositionField = "position";
    public const string HandsTiredField = "handsTired";

    public IReadOnlyList<string> Legs { get; init; } = [];

    public IReadOnlyList<string> Equipment { get; init; } = ["hands"];

    public string? Minutes { get; init; }

    public string? Emphasis { get; init; }

    public IReadOnlyList<string> Activities { get; init; } = [];

    public string? Position { get; init; } = "chair";

    public bool HandsTired { get; init; }

    /// <summary>Tightness before the session, 0–10, by leg name, as typed.</summary>
    public IReadOnlyDictionary<string, string?> Tightness { get; init; } = new Dictionary<string, string?>();

    /// <summary>Pain before the session, 0–10, by leg name, as typed: the mid-session pain check compares with it.</summary>
    public IReadOnlyDictionary<string, string?> Pain { get; init; } = new Dictionary<string, string?>();

    public static string TightnessField(Leg leg) => $"tightnessBefore.{WireNames.Name(leg)}";

    public static string PainField(Leg leg) => $"painBefore.{WireNames.Name(leg)}";

    public static PlanInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var legs = WireNames.All<Leg>();
        return new PlanInput
        {
            Legs = [.. form[LegsField].OfType<string>().Distinct()],
            Equipment = [.. form[EquipmentField].OfType<string>().Distinct()],
            Minutes = form[MinutesField].LastOrDefault(),
            Emphasis = form[EmphasisField].LastOrDefault(),
            Activities = [.. form[ActivitiesField].OfType<string>().Distinct()],
            Position = form[PositionField].LastOrDefault(),
            HandsTired = form[HandsTiredField].LastOrDefault() == "true",
            Tightness = legs.ToDictionary(l => l, l => form[$"tightnessBefore.{l}"].LastOrDefault()),
            Pain = legs.ToDictionary(l => l, l => form[$"painBefore.{l}"].LastOrDefault()),
        };
    }

    /// <summary>The choices as the domain's planner reads them; minutes that are not a whole number arrive as null.</summary>
    public PlanChoices Choices => new(Legs, Equipment, Number(Minutes), Emphasis, Activities, Position, HandsTired);

    /// <summary>Every field as the forms post it, to carry this input on in hidden fields (to the player).</summary>
    public IEnumerable<(string Name, string Value)> Fields()
    {
        foreach (var (name, values) in new[] { (LegsField, Legs), (EquipmentField, Equipment), (ActivitiesField, Activities) })
        {
            foreach (var value in values)
            {
                yield return (name, value);
            }
        }

        var single = new (string Name, string? Value)[] { (MinutesField, Minutes), (EmphasisField, Emphasis), (PositionField, Position), (HandsTiredField, HandsTired ? "true" : null) };
        foreach (var (name, value) in single)
        {
            if (!string.IsNullOrEmpty(value))
            {
                yield return (name, value);
            }
        }

        foreach (var rating in RatingFields())
        {
            yield return rating;
        }
    }

    /// <summary>The ratings given, as fields: the builder on the plan page carries them while it changes the choices.</summary>
    public IEnumerable<(string Name, string Value)> RatingFields() =>
        Enum.GetValues<Leg>()
            .SelectMany(l => new[] { (TightnessField(l), Tightness.GetValueOrDefault(WireNames.Name(l))), (PainField(l), Pain.GetValueOrDefault(WireNames.Name(l))) })
            .Where(f => !string.IsNullOrEmpty(f.Item2))
            .Select(f => (f.Item1, f.Item2!));

    /// <summary>The choices offered to someone with no last plan: both calves, hands only, a middle length, the surface muscle, sitting on a chair.</summary>
    public static PlanInput Defaults(Protocol protocol)
    {
        var (min, max) = PlanRequest.MinutesAllowed(protocol);
        var minutes = (int)Math.Ceiling((min + max) / 2.0);
        return new PlanInput
        {
            Legs = WireNames.All<Leg>(),
            Minutes = minutes.ToString(CultureInfo.InvariantCulture),
            Emphasis = WireNames.Name(Domain.Planning.Emphasis.Gastrocnemius),
        };
    }

    /// <summary>The choices of an earlier plan, to offer again ("Same as last time"); the ratings are asked afresh.</summary>
    public static PlanInput From(PlanChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new PlanInput
        {
            Legs = [.. choices.Legs.OfType<string>()],
            Equipment = choices.Equipment,
            Minutes = choices.MinutesPerCalf?.ToString(CultureInfo.InvariantCulture),
            Emphasis = choices.Emphasis,
            Activities = choices.Activities,
            Position = choices.Position,
            HandsTired = choices.HandsTired,
        };
    }

    /// <summary>The choices in a line, as the questions page folds them away: "Your hands · 8 minutes per calf · Sitting on a chair".</summary>
    public string Summary(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var equipment = string.Join(", ", protocol.Preparation.Equipment.Where(e => Equipment.Contains(e.Id)).Select(e => e.Name));
        var position = protocol.Preparation.Positions.FirstOrDefault(p => p.Id == Position)?.Name;
        return string.Join(" · ", new[] { equipment, Minutes is null ? null : $"{Minutes} minutes per calf", position }.Where(part => !string.IsNullOrEmpty(part)));
    }

    public bool Has(Leg leg) => Legs.Contains(WireNames.Name(leg));

    /// <summary>
    /// The ratings before the session the player needs, for each leg given: both required, on the 0–10 scale, each
    /// problem naming the calf and the scale.
    /// </summary>
    public IReadOnlyList<FieldProblem> RatingProblems(IEnumerable<Leg> legs) =>
    [
        .. legs.SelectMany(l => new[]
        {
            TightnessBefore(l) is null ? new FieldProblem(TightnessField(l), $"Choose how tight your {WireNames.Name(l)} calf feels now, from {Rating.Min} (not tight) to {Rating.Max} (as tight as it gets).") : null,
            PainBefore(l) is null ? new FieldProblem(PainField(l), $"Choose how much your {WireNames.Name(l)} calf hurts now, from {Rating.Min} (no pain) to {Rating.Max} (the worst pain you can imagine).") : null,
        }).OfType<FieldProblem>(),
    ];

    /// <summary>The tightness typed for the leg, when it is a whole number on the rating scale.</summary>
    public int? TightnessBefore(Leg leg) => Valid(Tightness.GetValueOrDefault(WireNames.Name(leg)));

    /// <summary>The pain typed for the leg, when it is a whole number on the rating scale.</summary>
    public int? PainBefore(Leg leg) => Valid(Pain.GetValueOrDefault(WireNames.Name(leg)));

    private static int? Valid(string? typed) => Number(typed) is { } value && Rating.IsValid(value) ? value : null;

    private static int? Number(string? typed) =>
        int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
