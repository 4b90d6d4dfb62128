using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>
/// Reads the rows of the screening tables. A row starts from a clean slate: every session question answered "no" for
/// each leg asked, "anything changed?" answered "no", and a health profile answered "no" throughout 30 days before
/// <see cref="Now"/>. The row's spec then changes it, item by item, separated by ';':
/// <c>id=yes|no|not-sure|unanswered</c>, <c>id:left=…</c> for one leg, <c>profile.id=…</c> for a profile answer,
/// <c>profile=missing</c>, or <c>profile=age:DAYS</c> / <c>profile=at:ISO-INSTANT</c> for the profile's age.
/// </summary>
internal static class ScreeningTable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<Leg> Legs(string legs) => legs switch
    {
        "left" => [Leg.Left],
        "right" => [Leg.Right],
        "both" => [Leg.Left, Leg.Right],
        "none" => [],
        _ => throw new ArgumentException($"Unknown legs '{legs}'."),
    };

    public static (ScreeningAnswers Answers, HealthProfile? Profile) Build(Questionnaire questionnaire, string spec, IReadOnlyList<Leg> legs)
    {
        var answers = ScreeningAnswers.None.With(Screener.ProfileChangedId, Answer.No);
        foreach (var question in questionnaire.SessionQuestions)
        {
            answers = question.PerLeg
                ? legs.Aggregate(answers, (a, leg) => a.With(question.Id, leg, Answer.No))
                : answers.With(question.Id, Answer.No);
        }

        var profileAnswers = questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => (Answer?)Answer.No);
        var answeredAt = Now.AddDays(-30);
        var missing = false;
        foreach (var item in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = (item[..item.IndexOf('=', StringComparison.Ordinal)], item[(item.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (key == "profile")
            {
                missing = value == "missing";
                answeredAt = value.StartsWith("age:", StringComparison.Ordinal) ? Now.AddDays(-double.Parse(value[4..], System.Globalization.CultureInfo.InvariantCulture))
                    : value.StartsWith("at:", StringComparison.Ordinal) ? DateTimeOffset.Parse(value[3..], System.Globalization.CultureInfo.InvariantCulture)
                    : answeredAt;
            }
            else if (key.StartsWith("profile.", StringComparison.Ordinal))
            {
                profileAnswers[key["profile.".Length..]] = AnswerOf(value);
            }
            else
            {
                var parts = key.Split(':');
                var answerKey = new AnswerKey(parts[0], parts.Length > 1 ? Enum.Parse<Leg>(parts[1], ignoreCase: true) : null);
                answers = AnswerOf(value) is { } answer ? answers.With(answerKey, answer) : Without(answers, answerKey);
            }
        }

        var profile = missing ? null : new HealthProfile(
            profileAnswers.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value), answeredAt);
        return (answers, profile);
    }

    /// <summary>A reason as the tables write it: <c>id[:leg]&gt;verdict[/basis]</c>, the basis left out when it is a plain yes.</summary>
    public static string Describe(ScreeningReason reason) =>
        reason.QuestionId
        + (reason.Leg is { } leg ? ":" + leg.ToString().ToLowerInvariant() : "")
        + ">" + Kebab(reason.Verdict.ToString())
        + (reason.Basis == ReasonBasis.Yes ? "" : "/" + Kebab(reason.Basis.ToString()));

    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static Answer? AnswerOf(string value) => value switch
    {
        "yes" => Answer.Yes,
        "no" => Answer.No,
        "not-sure" => Answer.NotSure,
        "unanswered" => null,
        _ => throw new ArgumentException($"Unknown answer '{value}'."),
    };

    private static ScreeningAnswers Without(ScreeningAnswers answers, AnswerKey key) =>
        answers.All.Where(a => a.Key != key).Aggregate(ScreeningAnswers.None, (all, a) => all.With(a.Key, a.Value));
}
