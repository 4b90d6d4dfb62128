using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// Stops that carry forward, and the clearances that answer them. The levels are code, not data, so an edit of the
/// questionnaire cannot loosen them.
/// <list type="bullet">
/// <item>A stop for swelling or redness stands at emergency level (the clot urgency) until the person records that
/// they have been assessed on or after the day of the stop.</item>
/// <item>A stop for sharp pain, numbness or worsening pain stands at professional-first level until the person records
/// that a professional saw them on or after the day of the stop.</item>
/// <item>Only the latest stop of each kind counts: a new stop after a clearance stands again.</item>
/// <item>A clearance recorded by the person lifts only these carried stops. A clinician's may also lift the
/// professional-first reasons it names. None lifts an emergency reason that comes from today's answers.</item>
/// </list>
/// </summary>
public static class CarriedStops
{
    public const string IdPrefix = "stopped-";

    /// <summary>The level at which a stop of this kind stands, or null for a stop that is not for safety.</summary>
    public static Verdict? Level(StopReason reason) => reason switch
    {
        StopReason.SwellingOrRedness => Verdict.Emergency,
        StopReason.SharpPain or StopReason.Numbness or StopReason.PainWorsening => Verdict.ProfessionalFirst,
        StopReason.StoppedForNow => null,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown stop reason."),
    };

    public static bool Carries(StopReason reason) => Level(reason) is not null;

    /// <summary>The reason id a standing stop gets in a screening ("stopped-sharp-pain").</summary>
    public static string ReasonId(StopReason reason) => IdPrefix + WireNames.Name(reason);

    /// <summary>The stop kind a reason id stands for, or null when it is not a carried stop.</summary>
    public static StopReason? Of(string reasonId) =>
        reasonId.StartsWith(IdPrefix, StringComparison.Ordinal) && WireNames.Parse<StopReason>(reasonId[IdPrefix.Length..]) is { } r && Carries(r) ? r : null;

    /// <summary>A reason for each kind of safety stop whose latest stop, at or before <paramref name="now"/>, stands.</summary>
    public static IEnumerable<ScreeningReason> Standing(Questionnaire questionnaire, SafetyHistory history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(history);
        return history.Stops
            .Where(s => Carries(s.Reason) && s.At <= now)
            .GroupBy(s => s.Reason)
            .Select(g => g.MaxBy(s => s.At)!)
            .OrderBy(s => s.Reason)
            .Select(s => new ScreeningReason(
                ReasonId(s.Reason),
                Level(s.Reason)!.Value,
                questionnaire.Render(questionnaire.StopAdvice.First(a => a.Reason == s.Reason).Carried!),
                Basis: ReasonBasis.History)
            {
                Since = s.At,
            });
    }

    /// <summary>The standing stops no clearance answers at <paramref name="now"/>: what the person still has to be seen about.</summary>
    public static IEnumerable<ScreeningReason> Unanswered(Questionnaire questionnaire, SafetyHistory history, DateTimeOffset now) =>
        Standing(questionnaire, history, now).Where(r => Answering(r, history.Clearances, now) is null);

    /// <summary>The clearance that answers the reason at <paramref name="now"/>, or null when none may.</summary>
    public static Clearance? Answering(ScreeningReason reason, IReadOnlyList<Clearance> clearances, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(clearances);
        var stop = Of(reason.QuestionId);
        var liftable = stop is not null
            ? reason.Basis == ReasonBasis.History
            : reason.Verdict == Verdict.ProfessionalFirst && reason.Basis is not (ReasonBasis.ProfileMissing or ReasonBasis.ProfileExpired)
                && reason.QuestionId != Screener.ProfileChangedId;
        if (!liftable)
        {
            return null;
        }

        return clearances
            .Where(c => c.HoldsAt(now) && c.Reasons.Contains(reason.QuestionId) && c.Covers(reason.Leg))
            .Where(c => stop is not null ? SeenSince(c, reason.Since) : c.By == ClearedBy.Clinician)
            .OrderByDescending(c => c.RecordedAt)
            .FirstOrDefault();
    }

    private static bool SeenSince(Clearance clearance, DateTimeOffset? since) =>
        since is not { } at || clearance.SeenOn >= DateOnly.FromDateTime(at.UtcDateTime);
}
