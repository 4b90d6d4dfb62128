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

    /// <summary>The fields as the builder posts them, to carry this input on in hidden fields (to the player).</summary>
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
        var ratings = Enum.GetValues<Leg>().SelectMany(l => new[] { (TightnessField(l), Tightness.GetValueOrDefault(WireNames.Name(l))), (PainField(l), Pain.GetValueOrDefault(WireNames.Name(l))) });
        foreach (var (name, value) in single.Concat(ratings))
        {
            if (!string.IsNullOrEmpty(value))
            {
                yield return (name, value);
            }
        }
    }

    /// <summary>The defaults offered after a screening: the cleared legs, hands only, a middle length, sitting on a chair.</summary>
    public static PlanInput Defaults(Protocol protocol, IReadOnlyList<Leg> legs)
    {
        var (min, max) = PlanRequest.MinutesAllowed(protocol);
        var minutes = (int)Math.Ceiling((min + max) / 2.0);
        return new PlanInput { Legs = [.. legs.Select(l => WireNames.Name(l))], Minutes = minutes.ToString(CultureInfo.InvariantCulture) };
    }

    public bool Has(Leg leg) => Legs.Contains(WireNames.Name(leg));

    /// <summary>The ratings before the session the player needs, for each leg chosen: both required, on the 0–10 scale.</summary>
    public IReadOnlyList<FieldProblem> RatingProblems(IEnumerable<Leg> legs) =>
    [
        .. legs.SelectMany(l => new[]
        {
            Rating.Check(TightnessField(l), Number(Tightness.GetValueOrDefault(WireNames.Name(l))), required: true),
            Rating.Check(PainField(l), Number(Pain.GetValueOrDefault(WireNames.Name(l))), required: true),
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
