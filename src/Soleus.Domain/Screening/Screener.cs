using System.Runtime.CompilerServices;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// Judges the answers before a session. A pure function of the questionnaire, the answers, the legs to massage, the
/// health profile and <c>now</c>.
/// <list type="bullet">
/// <item>Yes, "not sure" and no answer all count as yes: each brings the question's verdict and a reason.</item>
/// <item>Per-leg questions are asked for each leg to massage; answers for other legs are not used.</item>
/// <item>The health profile answers the profile questions. A missing profile, one as old as its expiry or older, or
/// an "anything changed?" answered yes, "not sure" or not at all leaves them unanswered: one professional-first
/// reason ("profile-missing", "profile-expired" or "profile-changed") stands for all of them.</item>
/// <item>A referral from the person's history that asks for a professional first (<see cref="ReferralRules"/>: two
/// safety stops in a week, pain after sessions rising) is a professional-first reason too, so history cannot be
/// outrun by answering the questions again.</item>
/// <item>A safety stop of an earlier session stands until a clearance answers it (<see cref="CarriedStops"/>): a stop for
/// swelling or redness at emergency level, one for sharp pain, numbness or worsening pain at professional-first
/// level. A clearance that answers a reason lifts it, and the result lists what was lifted and by whom
/// (<see cref="ScreeningResult.Lifted"/>); none lifts an emergency answer of this screening.</item>
/// <item>The verdict is the most serious of the reasons (emergency, professional-first, avoid-area), or proceed when
/// there is none.</item>
/// <item>An avoid-area reason on a leg keeps the session off that leg; one that names no leg keeps it off every leg.
/// When no leg is left the verdict stays avoid-area, <see cref="ScreeningResult.LegsCleared"/> is empty and no
/// session is allowed.</item>
/// </list>
/// </summary>
public static class Screener
{
    /// <summary>The id of the "anything changed in your health?" confirmation asked each session.</summary>
    public const string ProfileChangedId = "profile-changed";

    public const string ProfileMissingId = "profile-missing";

    public const string ProfileExpiredId = "profile-expired";

    /// <summary>
    /// Each questionnaire's lint, found once: a questionnaire is an immutable record, and one changed in code (with
    /// <c>with</c>) is a new instance, linted anew on its first screening.
    /// </summary>
    private static readonly ConditionalWeakTable<Questionnaire, IReadOnlyList<LintViolation>> Linted = new();

    /// <exception cref="ArgumentException">The questionnaire breaks a rule of <see cref="QuestionnaireLinter"/> (so one
    /// built or changed in code cannot weaken the screening), or an answer names a question the questionnaire does not
    /// have, or gives a leg to a question that is not per leg (or none to one that is).</exception>
    public static ScreeningResult Screen(
        Questionnaire questionnaire,
        ScreeningAnswers answers,
        IReadOnlyList<Leg> legs,
        HealthProfile? profile,
        DateTimeOffset now,
        IReadOnlyList<Referral>? referrals = null,
        SafetyHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(legs);
        if (Linted.GetValue(questionnaire, QuestionnaireLinter.Lint) is { Count: > 0 } violations)
        {
            throw new ArgumentException(
                "The questionnaire breaks the safety floor; load it with QuestionnaireLoader: " + string.Join("; ", violations), nameof(questionnaire));
        }

        CheckAnswers(questionnaire, answers, profile);

        var asked = Enum.GetValues<Leg>().Where(legs.Contains).ToList();
        var reasons = new List<ScreeningReason>();
        foreach (var question in questionnaire.SessionQuestions)
        {
            if (question.PerLeg)
            {
                foreach (var leg in asked)
                {
                    AddIfYes(reasons, questionnaire, question, answers.Get(question.Id, leg), leg);
                }
            }
            else
            {
                AddIfYes(reasons, questionnaire, question, answers.Get(question.Id), null);
            }
        }

        AddProfileReasons(reasons, questionnaire, answers, profile, now);
        reasons.AddRange((referrals ?? []).Where(r => r.Severity == ReferralSeverity.ProfessionalFirst)
            .Select(r => new ScreeningReason(r.RuleId, Verdict.ProfessionalFirst, r.Message, r.Leg, ReasonBasis.History)));
        history ??= SafetyHistory.None;
        reasons.AddRange(CarriedStops.Standing(questionnaire, history, now));
        var lifted = reasons.Select(r => CarriedStops.Answering(r, history.Clearances, now) is { } by ? new LiftedReason(r, by) : null)
            .OfType<LiftedReason>().ToList();
        reasons.RemoveAll(r => lifted.Any(l => l.Reason == r));

        var verdict = reasons.Count == 0 ? Verdict.Proceed : reasons.Min(r => r.Verdict);
        var avoided = reasons.Where(r => r.Verdict == Verdict.AvoidArea).ToList();
        List<Leg> cleared = avoided.Any(r => r.Leg is null) ? [] : [.. asked.Where(l => avoided.All(r => r.Leg != l))];
        var advice = verdict == Verdict.AvoidArea && cleared.Count == 0 ? questionnaire.NoLegLeft : questionnaire.Advice(verdict);
        return new ScreeningResult(verdict, [.. reasons.OrderBy(r => r.Verdict)], cleared)
        {
            Advice = advice with { Title = questionnaire.Render(advice.Title), Text = questionnaire.Render(advice.Text) },
            DvtWarning = verdict is Verdict.Emergency ? questionnaire.Render(questionnaire.DvtWarning) : null,
            Lifted = lifted,
            EmergencyNumber = questionnaire.Emergency.Number,
            ScreenedWith = $"{questionnaire.Id}@{questionnaire.Version}",
        };
    }

    private static void AddProfileReasons(
        List<ScreeningReason> reasons, Questionnaire questionnaire, ScreeningAnswers answers, HealthProfile? profile, DateTimeOffset now)
    {
        var rules = questionnaire.Profile;
        if (profile is null)
        {
            reasons.Add(new(ProfileMissingId, Verdict.ProfessionalFirst, questionnaire.Render(rules.MissingMessage), Basis: ReasonBasis.ProfileMissing));
            return;
        }

        if (profile.IsExpired(rules.ValidMonths, now))
        {
            reasons.Add(new(ProfileExpiredId, Verdict.ProfessionalFirst, questionnaire.Render(rules.ExpiredMessage), Basis: ReasonBasis.ProfileExpired));
            return;
        }

        var changed = answers.Get(ProfileChangedId);
        if (changed != Answer.No)
        {
            reasons.Add(new(ProfileChangedId, Verdict.ProfessionalFirst, Message(questionnaire, rules.ChangedMessage, BasisOf(changed)), Basis: BasisOf(changed)));
            return;
        }

        foreach (var question in questionnaire.ProfileQuestions)
        {
            AddIfYes(reasons, questionnaire, question, profile.Answers.TryGetValue(question.Id, out var answer) ? answer : null, null);
        }
    }

    private static void AddIfYes(List<ScreeningReason> reasons, Questionnaire questionnaire, Question question, Answer? answer, Leg? leg)
    {
        if (answer == Answer.No)
        {
            return;
        }

        var basis = BasisOf(answer);
        reasons.Add(new(question.Id, question.VerdictIfYes, Message(questionnaire, question.Message, basis), leg, basis));
    }

    private static ReasonBasis BasisOf(Answer? answer) => answer is { } given
        ? given switch
        {
            Answer.NotSure => ReasonBasis.NotSure,
            Answer.Yes or Answer.No => ReasonBasis.Yes,
        }
        : ReasonBasis.Unanswered;

    private static string Message(Questionnaire questionnaire, string message, ReasonBasis basis)
    {
        var note = basis switch
        {
            ReasonBasis.NotSure => questionnaire.Notes.NotSure + " ",
            ReasonBasis.Unanswered => questionnaire.Notes.Unanswered + " ",
            ReasonBasis.Yes or ReasonBasis.ProfileMissing or ReasonBasis.ProfileExpired or ReasonBasis.History => "",
        };
        return questionnaire.Render(note + message);
    }

    private static void CheckAnswers(Questionnaire questionnaire, ScreeningAnswers answers, HealthProfile? profile)
    {
        foreach (var key in answers.All.Keys)
        {
            if (key.QuestionId == ProfileChangedId)
            {
                if (key.Leg is not null)
                {
                    throw new ArgumentException($"'{ProfileChangedId}' is asked once, not per leg.", nameof(answers));
                }

                continue;
            }

            var question = questionnaire.Questions.FirstOrDefault(q => q.Id == key.QuestionId)
                ?? throw new ArgumentException($"The questionnaire has no question '{key.QuestionId}'.", nameof(answers));
            if (question.Scope == QuestionScope.Profile)
            {
                throw new ArgumentException($"'{key.QuestionId}' is a health-profile question: its answer comes from the health profile.", nameof(answers));
            }

            if (question.PerLeg != key.Leg.HasValue)
            {
                throw new ArgumentException(question.PerLeg
                    ? $"'{key.QuestionId}' is asked for each leg: give the leg."
                    : $"'{key.QuestionId}' is asked once, not per leg.", nameof(answers));
            }
        }

        foreach (var id in profile?.Answers.Keys ?? [])
        {
            if (!questionnaire.ProfileQuestions.Any(q => q.Id == id))
            {
                throw new ArgumentException($"'{id}' is not a health-profile question.", nameof(profile));
            }
        }
    }
}
