using System.Globalization;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>
/// Every label people read for an id or value, in one place: legs, answers, verdicts, severities, activities, zones,
/// lanes, durations and dates. (Wire names are <see cref="WireNames"/>'; the player gets its labels through its data.)
/// </summary>
public static class Labels
{
    public static string Leg(Leg leg) => leg switch
    {
        Domain.Protocols.Leg.Left => "Left",
        Domain.Protocols.Leg.Right => "Right",
    };

    public static string Answer(Answer answer) => answer switch
    {
        Domain.Screening.Answer.Yes => "Yes",
        Domain.Screening.Answer.No => "No",
        Domain.Screening.Answer.NotSure => "Not sure",
    };

    /// <summary>What the referral advice says when no rule applies.</summary>
    public const string NoReferral = "Nothing in these sessions calls for a professional's advice so far.";

    public static string Legs(IEnumerable<Leg> legs)
    {
        var list = legs.ToList();
        return list.Count switch
        {
            0 => "no leg",
            1 => $"{Leg(list[0]).ToLowerInvariant()} leg",
            _ => "both legs",
        };
    }

    /// <summary>The calves of a plan in the order they are massaged: "Both, the left first", "The right only".</summary>
    public static string Calves(IReadOnlyList<Leg> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        return legs.Count == 1 ? $"The {Leg(legs[0]).ToLowerInvariant()} only" : $"Both, the {Leg(legs[0]).ToLowerInvariant()} first";
    }

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Domain.Screening.Verdict.Emergency => "Emergency",
        Domain.Screening.Verdict.ProfessionalFirst => "Professional first",
        Domain.Screening.Verdict.AvoidArea => "Keep off an area",
        Domain.Screening.Verdict.Proceed => "Go ahead",
    };

    /// <summary>Who cleared a reason, when they saw the person, until when it holds, and the limits it sets on a session.</summary>
    /// <remarks>Addressed to the person, or with <paramref name="toClinician"/> to the clinician looking at their page.</remarks>
    public static string Clearance(Clearance clearance, bool toClinician = false)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        var (they, them, their) = toClinician ? ("They", "them", "their") : ("You", "you", "your");
        var seen = clearance.By == ClearedBy.Self
            ? $"{they} recorded that {clearance.Who} saw {them} on {Date(clearance.SeenOn)}"
            : $"{clearance.Who} cleared {them} on {Date(clearance.SeenOn)}";
        var until = clearance.LastDay is { } last ? $", until the end of {Date(last)}" : "";
        var limits = new List<string>();
        if (clearance.Tools is { } tools)
        {
            List<string> allowed = [.. tools.Where(t => t != "hands").Select(t => $"{their} {t.Replace('-', ' ')}").Prepend($"{their} hands")];
            limits.Add($"with {(allowed.Count == 1 ? allowed[0] : string.Join(", ", allowed[..^1]) + " and " + allowed[^1])} only");
        }

        if (clearance.MinutesCap is { } cap)
        {
            limits.Add($"for at most {cap} minutes a calf");
        }

        return seen + until + (limits.Count > 0 ? ", " + string.Join(" and ", limits) : "");
    }

    /// <summary>What a clearance was for, in the words the clinician chose it by; an id no longer liftable is shown as it is.</summary>
    public static string ClearedReason(Questionnaire questionnaire, string id) =>
        ClinicianClearanceSheet.Liftable(questionnaire).FirstOrDefault(r => r.Id == id)?.Label ?? id;

    public static string Severity(ReferralSeverity severity) => severity switch
    {
        ReferralSeverity.ProfessionalFirst => "Before your next session",
        ReferralSeverity.SeeProfessional => "Worth having checked",
    };

    /// <summary>"slow-walking" → "Slow walking".</summary>
    public static string Id(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Zone(CalfZone zone) => zone switch
    {
        CalfZone.Lower => "Lower",
        CalfZone.Mid => "Middle",
        CalfZone.Upper => "Upper",
    };

    public static string Lane(CalfLane lane) => lane switch
    {
        CalfLane.Inner => "Inner",
        CalfLane.Centre => "Centre",
        CalfLane.Outer => "Outer",
    };

    /// <summary>90 → "1 min 30 s"; 45 → "45 s".</summary>
    public static string Duration(double seconds)
    {
        var total = (int)Math.Round(seconds);
        var (minutes, rest) = (total / 60, total % 60);
        return (minutes, rest) switch
        {
            (0, _) => $"{rest} s",
            (_, 0) => $"{minutes} min",
            _ => $"{minutes} min {rest} s",
        };
    }

    /// <summary>75 → "1:15", a clock reading from the start of the session.</summary>
    public static string Clock(double seconds)
    {
        var total = (int)Math.Round(seconds);
        return $"{total / 60}:{total % 60:00}";
    }

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>What a form says when the password throttle holds an attempt back.</summary>
    public static string TryAgainAfter(DateTimeOffset at) =>
        $"Too many password attempts. For your safety, try again after {at.UtcDateTime.ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}.";

    /// <summary>The machine-readable value of a time element.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Basis(ReasonBasis basis) => basis switch
    {
        ReasonBasis.Yes => "Yes",
        ReasonBasis.NotSure => "Not sure",
        ReasonBasis.Unanswered => "Not answered",
        ReasonBasis.ProfileMissing => "No health profile",
        ReasonBasis.ProfileExpired => "Health profile expired",
        ReasonBasis.History => "Session history",
    };

    /// <summary>A rating after a session, or "not rated".</summary>
    public static string Rated(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "not rated";

    /// <summary>An average rating to one decimal, or "not rated".</summary>
    public static string Rated(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "not rated";

    /// <summary>What happened at the end of a session: "Finished", or the title of the data's advice for the stop.</summary>
    public static string Ending(Questionnaire questionnaire, StopReason? reason) =>
        reason is { } stop ? SessionCheckIn.For(questionnaire, stop).Title : "Finished";
}
