using System.Globalization;
using Soleus.Domain.Checks;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// A clearance a linked clinician records for a person, as sent: the professional-first reasons it lifts
/// (<see cref="Liftable"/>), the legs (none: both), the tools it allows (null: any; the protocol's equipment ids), the
/// most minutes per calf (null: no cap; inside <see cref="PlanRequest.MinutesAllowed"/>), the last day it holds
/// (yyyy-mm-dd, after today and at most a year ahead; required) and a note. It ends at midnight UTC after that day.
/// An emergency or clot-sign reason, and a health profile that is missing, expired or changed, are never liftable.
/// </summary>
public sealed record ClinicianClearanceSheet(
    IReadOnlyList<string?> Reasons,
    IReadOnlyList<string?> Legs,
    IReadOnlyList<string?>? Tools,
    int? MinutesCap,
    string? ValidUntil,
    string? Note)
{
    /// <summary>
    /// The reasons a clinician may lift: the questionnaire's professional-first questions (session and profile), the
    /// stops for sharp pain, numbness and worsening pain, and the history's professional-first referrals.
    /// </summary>
    public static IReadOnlyList<LiftableReason> Liftable(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var questions = questionnaire.Questions.Where(q => q.VerdictIfYes == Verdict.ProfessionalFirst).Select(q => new LiftableReason(q.Id, q.Text));
        var stops = questionnaire.StopAdvice.Where(a => CarriedStops.Level(a.Reason) == Verdict.ProfessionalFirst)
            .Select(a => new LiftableReason(CarriedStops.ReasonId(a.Reason), a.Title));
        var referrals = questionnaire.Referrals.Where(r => r.Severity == Progress.ReferralSeverity.ProfessionalFirst)
            .Select(r => new LiftableReason(r.Id, FirstSentence(questionnaire.Render(r.Message.Replace("{leg} ", "", StringComparison.Ordinal)))));
        return [.. questions, .. stops, .. referrals];
    }

    /// <summary>The clearance, recorded at <paramref name="now"/> by <paramref name="who"/> on <paramref name="today"/> (the clinician's day), or every problem by field.</summary>
    public Checked<Clearance> Read(Questionnaire questionnaire, Protocol protocol, string who, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var problems = new List<FieldProblem>();
        var liftable = Liftable(questionnaire).Select(r => r.Id).ToList();
        if (Reasons.Count == 0 || Reasons.Any(id => id is null || !liftable.Contains(id)))
        {
            problems.Add(new("reasons", ReasonsRule(Reasons.FirstOrDefault(id => id is not null && !liftable.Contains(id)), questionnaire)));
        }

        var legs = Legs.Count == 0 ? [] : Protocols.Legs.Read("legs", Legs, problems);
        var equipment = protocol.Preparation.Equipment.Select(e => e.Id).ToList();
        if (Tools is not null && (Tools.Any(t => t is null || !equipment.Contains(t)) || Tools.Distinct().Count() != Tools.Count))
        {
            problems.Add(new("tools", $"Choose the tools allowed, each once, from: {string.Join(", ", equipment)}; or leave the list out to allow any. Hands alone are always allowed."));
        }

        var (min, max) = PlanRequest.MinutesAllowed(protocol);
        if (MinutesCap is { } cap && (cap < min || cap > max))
        {
            problems.Add(new("minutesCap", $"Give the most minutes per calf as a whole number from {min} to {max}, or leave it out for no cap."));
        }

        var last = today.AddYears(1);
        DateOnly? until = DateOnly.TryParseExact(ValidUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day > today && day <= last ? day : null;
        if (until is null)
        {
            problems.Add(new("validUntil", $"Give the last day the clearance holds, from {today.AddDays(1):yyyy-MM-dd} to {last:yyyy-MM-dd}."));
        }

        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note is { Length: > Clearance.MaxNoteLength })
        {
            problems.Add(new("note", $"Keep the note to {Clearance.MaxNoteLength} characters or fewer."));
        }

        return Checked.From(problems, () => new Clearance(
            ClearedBy.Clinician, who, today, now, [.. Reasons.OfType<string>().Distinct()], legs, Tools?.OfType<string>().ToList(),
            new DateTimeOffset(until!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), note, MinutesCap));
    }

    private static string ReasonsRule(string? refused, Questionnaire questionnaire)
    {
        var why = refused switch
        {
            null => "",
            Screener.ProfileMissingId or Screener.ProfileExpiredId or Screener.ProfileChangedId =>
                $"'{refused}' asks the person to bring their health profile up to date, which no clearance can do for them. ",
            _ when questionnaire.Questions.Any(q => q.Id == refused && q.VerdictIfYes == Verdict.Emergency) || CarriedStops.Of(refused) is { } stop && CarriedStops.Level(stop) == Verdict.Emergency =>
                $"'{refused}' is a sign that needs emergency care, which no clearance can lift. ",
            _ => $"'{refused}' is not a reason that asks for a professional first. ",
        };
        return refused is null
            ? "Choose at least one reason that asks for a professional first."
            : why + "Choose from the reasons that ask for a professional first: " + string.Join(", ", Liftable(questionnaire).Select(r => r.Id)) + ".";
    }

    private static string FirstSentence(string text) => text.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? text[..(end + 1)] : text;
}
