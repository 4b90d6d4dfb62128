using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Progress;

/// <summary>
/// When self-care is no longer the right answer, read from the session history. Pure functions of the records and
/// <c>now</c>; records that start after <c>now</c> are not used. Windows include both ends: a session is "in the last
/// 14 days" when <c>now − 14 days ≤ StartedAt ≤ now</c>. Ratings are 0 (none) to 10 (worst).
/// <list type="number">
/// <item><b>not-better-14-days</b> (see a professional), per leg: the leg had regular sessions, meaning at least
/// <see cref="RegularSessions"/> sessions on it in the last 14 days, with at least one in each week of that window
/// (one at or before <c>now − 7 days</c>, one after); and its tightness or its pain is not better: the latest
/// after-session rating in the window is above 0 and not lower than the before-session rating of the first session
/// in the window.</item>
/// <item><b>one-leg-only</b> (see a professional): at least <see cref="OneLegSessions"/> sessions in the last 14 days,
/// every one of them on the same single leg.</item>
/// <item><b>one-leg-not-easing</b> (see a professional), per leg: in the last 14 days both legs were rated in at
/// least <see cref="OneLegSessions"/> sessions each, and for tightness or for pain this leg stays high (its latest
/// after-rating is at least <see cref="HighRating"/> and not lower than its first before-rating) while the other
/// leg falls (its latest after-rating is at least <see cref="FallPoints"/> below its first before-rating).</item>
/// <item><b>two-safety-stops</b> (professional first): at least <see cref="SafetyStops"/> sessions in the last 7
/// days ended with a safety stop (any stop but "stopped for now").</item>
/// <item><b>pain-after-rising</b> (professional first), per leg: the leg's last <see cref="RisingSessions"/>
/// sessions with an after-session pain rating show it rising each time (each strictly higher than the one
/// before).</item>
/// </list>
/// </summary>
public static class ReferralRules
{
    public const string NotBetterId = "not-better-14-days";

    public const string OneLegOnlyId = "one-leg-only";

    public const string OneLegNotEasingId = "one-leg-not-easing";

    public const string TwoSafetyStopsId = "two-safety-stops";

    public const string PainAfterRisingId = "pain-after-rising";

    public const int RegularSessions = 4;

    public const int OneLegSessions = 3;

    public const int HighRating = 5;

    public const int FallPoints = 2;

    public const int SafetyStops = 2;

    public const int RisingSessions = 3;

    public static TimeSpan Window { get; } = TimeSpan.FromDays(14);

    public static TimeSpan Week { get; } = TimeSpan.FromDays(7);

    /// <summary>Every referral the history calls for, the firmest first.</summary>
    public static IReadOnlyList<Referral> Evaluate(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now) =>
    [
        .. new[]
        {
            TwoSafetyStopsInAWeek(questionnaire, sessions, now),
            PainAfterSessionsRising(questionnaire, sessions, now),
            NotBetterAfterTwoWeeks(questionnaire, sessions, now),
            OneLegOnly(questionnaire, sessions, now),
            OneLegNotEasing(questionnaire, sessions, now),
        }.SelectMany(r => r).OrderBy(r => r.Severity),
    ];

    public static IReadOnlyList<Referral> NotBetterAfterTwoWeeks(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now)
    {
        var found = new List<Referral>();
        foreach (var leg in Enum.GetValues<Leg>())
        {
            var window = Within(sessions, now, Window).Where(s => s.Legs.Contains(leg)).ToList();
            var regular = window.Count >= RegularSessions
                && window.Any(s => s.StartedAt <= now - Week)
                && window.Any(s => s.StartedAt > now - Week);
            var ratings = RatingsOf(window, leg);
            if (regular && ratings.Count > 0 && (NotBetter(ratings, r => r.TightnessBefore, r => r.TightnessAfter)
                || NotBetter(ratings, r => r.PainBefore, r => r.PainAfter)))
            {
                found.Add(Refer(questionnaire, NotBetterId, leg));
            }
        }

        return found;
    }

    public static IReadOnlyList<Referral> OneLegOnly(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now)
    {
        var window = Within(sessions, now, Window).Where(s => s.Legs.Count > 0).ToList();
        var legs = window.SelectMany(s => s.Legs).Distinct().ToList();
        return window.Count >= OneLegSessions && legs.Count == 1 ? [Refer(questionnaire, OneLegOnlyId, legs[0])] : [];
    }

    public static IReadOnlyList<Referral> OneLegNotEasing(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now)
    {
        var window = Within(sessions, now, Window).ToList();
        var byLeg = Enum.GetValues<Leg>().ToDictionary(l => l, l => RatingsOf(window.Where(s => s.Legs.Contains(l)), l));
        if (byLeg.Values.Any(r => r.Count < OneLegSessions))
        {
            return [];
        }

        var found = new List<Referral>();
        foreach (var (leg, ratings) in byLeg)
        {
            var others = byLeg.Where(o => o.Key != leg).Select(o => o.Value).ToList();
            var tightness = StaysHigh(ratings, r => r.TightnessBefore, r => r.TightnessAfter)
                && others.All(o => Falls(o, r => r.TightnessBefore, r => r.TightnessAfter));
            var pain = StaysHigh(ratings, r => r.PainBefore, r => r.PainAfter)
                && others.All(o => Falls(o, r => r.PainBefore, r => r.PainAfter));
            if (tightness || pain)
            {
                found.Add(Refer(questionnaire, OneLegNotEasingId, leg));
            }
        }

        return found;
    }

    public static IReadOnlyList<Referral> TwoSafetyStopsInAWeek(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now) =>
        Within(sessions, now, Week).Count(s => s.SafetyStop) >= SafetyStops ? [Refer(questionnaire, TwoSafetyStopsId, null)] : [];

    public static IReadOnlyList<Referral> PainAfterSessionsRising(Questionnaire questionnaire, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var found = new List<Referral>();
        foreach (var leg in Enum.GetValues<Leg>())
        {
            var last = RatingsOf(sessions.Where(s => s.StartedAt <= now && s.Legs.Contains(leg)).OrderBy(s => s.StartedAt), leg)
                .Where(r => r.PainAfter is not null)
                .TakeLast(RisingSessions)
                .Select(r => r.PainAfter!.Value)
                .ToList();
            if (last.Count == RisingSessions && last.Zip(last.Skip(1)).All(p => p.Second > p.First))
            {
                found.Add(Refer(questionnaire, PainAfterRisingId, leg));
            }
        }

        return found;
    }

    private static IEnumerable<SessionRecord> Within(IReadOnlyList<SessionRecord> sessions, DateTimeOffset now, TimeSpan span)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.Where(s => s.StartedAt >= now - span && s.StartedAt <= now).OrderBy(s => s.StartedAt);
    }

    private static List<LegRating> RatingsOf(IEnumerable<SessionRecord> sessions, Leg leg) =>
        sessions.Select(s => s.Ratings.FirstOrDefault(r => r.Leg == leg)).OfType<LegRating>().ToList();

    private static int? LatestAfter(List<LegRating> ratings, Func<LegRating, int?> after) =>
        ratings.Select(after).LastOrDefault(a => a is not null);

    private static bool NotBetter(List<LegRating> ratings, Func<LegRating, int> before, Func<LegRating, int?> after) =>
        LatestAfter(ratings, after) is { } latest && latest > 0 && latest >= before(ratings[0]);

    private static bool StaysHigh(List<LegRating> ratings, Func<LegRating, int> before, Func<LegRating, int?> after) =>
        LatestAfter(ratings, after) is { } latest && latest >= HighRating && latest >= before(ratings[0]);

    private static bool Falls(List<LegRating> ratings, Func<LegRating, int> before, Func<LegRating, int?> after) =>
        LatestAfter(ratings, after) is { } latest && latest <= before(ratings[0]) - FallPoints;

    private static Referral Refer(Questionnaire questionnaire, string ruleId, Leg? leg)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var advice = questionnaire.Referral(ruleId);
        return new Referral(ruleId, advice.Severity, questionnaire.Render(advice.Message, leg), leg);
    }
}
