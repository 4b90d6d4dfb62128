using System.Globalization;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>Short names for the ids and values the pages show: legs, verdicts, activities, durations, dates.</summary>
public static class Labels
{
    public static string Leg(Leg leg) => leg == Domain.Protocols.Leg.Left ? "Left" : "Right";

    /// <summary>"left", "right": the value a form sends for a leg.</summary>
    public static string LegValue(Leg leg) => leg == Domain.Protocols.Leg.Left ? "left" : "right";

    public static Leg? ParseLeg(string? value) => value switch
    {
        "left" => Domain.Protocols.Leg.Left,
        "right" => Domain.Protocols.Leg.Right,
        _ => null,
    };

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

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Domain.Screening.Verdict.Emergency => "Emergency",
        Domain.Screening.Verdict.SeekCare => "Medical help today",
        Domain.Screening.Verdict.ProfessionalFirst => "Professional first",
        Domain.Screening.Verdict.AvoidArea => "Keep off an area",
        Domain.Screening.Verdict.Proceed => "Go ahead",
    };

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

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable value of a time element.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What happened at the end of a session: "Finished", or the title of the data's advice for the stop.</summary>
    public static string Ending(Questionnaire questionnaire, StopReason? reason) =>
        reason is { } stop ? SessionCheckIn.For(questionnaire, stop).Title : "Finished";
}
