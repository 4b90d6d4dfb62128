using System.Globalization;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Pages;

/// <summary>The plan builder's fields as posted, kept as text so the form can show back exactly what was sent.</summary>
public sealed class PlanInput
{
    public const string LegsField = "legs";
    public const string EquipmentField = "equipment";
    public const string MinutesField = "minutes";
    public const string EmphasisField = "emphasis";
    public const string ActivitiesField = "activities";
    public const string PositionField = "position";
    public const string HandsTiredField = "hands-tired";

    public IReadOnlyList<Leg> Legs { get; init; } = [];

    public IReadOnlyList<string> Equipment { get; init; } = ["hands"];

    public string? Minutes { get; init; }

    public string? Emphasis { get; init; }

    public IReadOnlyList<string> Activities { get; init; } = [];

    public string? Position { get; init; } = "chair";

    public bool HandsTired { get; init; }

    /// <summary>Tightness before the session, 0–10, by leg, as typed.</summary>
    public IReadOnlyDictionary<Leg, string?> Tightness { get; init; } = new Dictionary<Leg, string?>();

    /// <summary>Pain before the session, 0–10, by leg, as typed: the mid-session pain check compares with it.</summary>
    public IReadOnlyDictionary<Leg, string?> Pain { get; init; } = new Dictionary<Leg, string?>();

    public static string TightnessField(Leg leg) => $"tightness-{Labels.LegValue(leg)}";

    public static string PainField(Leg leg) => $"pain-{Labels.LegValue(leg)}";

    public static PlanInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new PlanInput
        {
            Legs = AnswerForm.ParseLegs(form[LegsField]),
            Equipment = [.. form[EquipmentField].OfType<string>().Distinct()],
            Minutes = form[MinutesField].LastOrDefault(),
            Emphasis = form[EmphasisField].LastOrDefault(),
            Activities = [.. form[ActivitiesField].OfType<string>().Distinct()],
            Position = form[PositionField].LastOrDefault(),
            HandsTired = form[HandsTiredField].LastOrDefault() == "true",
            Tightness = Enum.GetValues<Leg>().ToDictionary(l => l, l => form[TightnessField(l)].LastOrDefault()),
            Pain = Enum.GetValues<Leg>().ToDictionary(l => l, l => form[PainField(l)].LastOrDefault()),
        };
    }

    /// <summary>The fields as the builder posts them, to carry this input on in hidden fields (to the player).</summary>
    public IEnumerable<(string Name, string Value)> Fields()
    {
        foreach (var leg in Legs)
        {
            yield return (LegsField, Labels.LegValue(leg));
        }

        foreach (var item in Equipment)
        {
            yield return (EquipmentField, item);
        }

        foreach (var activity in Activities)
        {
            yield return (ActivitiesField, activity);
        }

        var single = new (string Name, string? Value)[] { (MinutesField, Minutes), (EmphasisField, Emphasis), (PositionField, Position), (HandsTiredField, HandsTired ? "true" : null) };
        foreach (var (name, value) in single.Concat(Enum.GetValues<Leg>().SelectMany(l => new[] { (TightnessField(l), Tightness.GetValueOrDefault(l)), (PainField(l), Pain.GetValueOrDefault(l)) })))
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
        ArgumentNullException.ThrowIfNull(protocol);
        var minutes = (int)Math.Ceiling((protocol.MinutesPerCalf.Min + protocol.MinutesPerCalf.Max) / 2);
        return new PlanInput { Legs = legs, Minutes = minutes.ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>Checks every field against the protocol and returns the request, or null with the problems added to <paramref name="errors"/>.</summary>
    public PlanRequest? Validate(Protocol protocol, int maxMinutes, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(errors);
        if (Legs.Count == 0)
        {
            errors.Add(LegsField, "Choose at least one leg.");
        }

        var equipment = protocol.Preparation.Equipment.Select(e => e.Id).ToList();
        if (Equipment.Count == 0 || Equipment.Any(e => !equipment.Contains(e)))
        {
            errors.Add(EquipmentField, "Tick what you have to hand; your hands alone are enough.");
        }

        if (!int.TryParse(Minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes < 1 || minutes > maxMinutes)
        {
            errors.Add(MinutesField, $"Enter a whole number of minutes from 1 to {maxMinutes}. The method itself uses {protocol.MinutesPerCalf.Min} to {protocol.MinutesPerCalf.Max} minutes per calf.");
        }

        Emphasis? emphasis = this.Emphasis switch
        {
            "gastrocnemius" => Domain.Planning.Emphasis.Gastrocnemius,
            "soleus" => Domain.Planning.Emphasis.Soleus,
            "auto" => Domain.Planning.Emphasis.Auto,
            _ => null,
        };
        if (emphasis is null)
        {
            errors.Add(EmphasisField, "Choose which muscle to favour, or Not sure.");
        }

        var activities = protocol.Muscles.SelectMany(m => m.Activities).ToList();
        if (Activities.Any(a => !activities.Contains(a)))
        {
            errors.Add(ActivitiesField, "Tick only activities from the list.");
        }
        else if (emphasis == Domain.Planning.Emphasis.Auto && Activities.Count == 0)
        {
            errors.Add(ActivitiesField, "You chose Not sure: tick at least one activity that tires your calves, or choose a muscle instead.");
        }

        if (!protocol.Preparation.Positions.Any(p => p.Id == Position))
        {
            errors.Add(PositionField, "Choose a position.");
        }

        foreach (var leg in Legs)
        {
            if (TightnessBefore(leg) is null)
            {
                errors.Add(TightnessField(leg), $"For the {Labels.Leg(leg).ToLowerInvariant()} calf, enter a number from 0 (not tight at all) to 10 (as tight as it gets).");
            }

            if (PainBefore(leg) is null)
            {
                errors.Add(PainField(leg), $"For the {Labels.Leg(leg).ToLowerInvariant()} calf, enter a number from 0 (no pain) to 10 (the worst pain you can imagine).");
            }
        }

        return errors.Any ? null : new PlanRequest(Legs, Equipment, minutes, emphasis!.Value, Activities, Position!, HandsTired);
    }

    /// <summary>The tightness typed for the leg, when it is a whole number from 0 to 10.</summary>
    public int? TightnessBefore(Leg leg) => Rating(Tightness.GetValueOrDefault(leg));

    /// <summary>The pain typed for the leg, when it is a whole number from 0 to 10.</summary>
    public int? PainBefore(Leg leg) => Rating(Pain.GetValueOrDefault(leg));

    private static int? Rating(string? typed) =>
        int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 10 ? value : null;
}
