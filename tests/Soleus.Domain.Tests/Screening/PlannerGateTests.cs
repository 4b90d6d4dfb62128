using FsCheck;
using FsCheck.Fluent;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>
/// The gate between screening and planning: the planner plans only what the screener cleared. The table shows the
/// cases one by one; the property throws random answers, legs, profiles and requests at the pair and checks that
/// no emergency, emergency or professional-first answer ever lets a plan through, and that a plan touches only
/// cleared legs.
/// </summary>
public class PlannerGateTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();
    private static readonly Protocol Protocol = ShippedProtocol.Load();
    private static readonly string[] UnknownEquipment = ["kettlebell"];

    [Theory]
    [InlineData("", "both", "both", "left,right")]
    [InlineData("", "left", "both", "left")]
    [InlineData("", "both", "right", "right")]
    [InlineData("sharp-pain:left=yes", "both", "both", "right")]
    [InlineData("sharp-pain:right=not-sure", "both", "both", "left")]
    [InlineData("skin-or-veins:right=yes", "both", "both", "left")]
    [InlineData("skin-or-veins:left=unanswered", "both", "both", "right")]
    [InlineData("sharp-pain:left=yes", "both", "left", "refused:avoid-area")]
    [InlineData("sharp-pain:left=yes;skin-or-veins:right=yes", "both", "both", "refused:avoid-area")]
    [InlineData("skin-or-veins:left=yes;skin-or-veins:right=yes", "both", "both", "refused:avoid-area")]
    [InlineData("breathing-chest-symptoms=yes", "both", "both", "refused:emergency")]
    [InlineData("breathing-chest-symptoms=not-sure", "left", "left", "refused:emergency")]
    [InlineData("one-calf-swelling=yes", "both", "both", "refused:emergency")]
    [InlineData("calf-red-warm=unanswered", "right", "right", "refused:emergency")]
    [InlineData("numbness-tingling=yes", "both", "both", "refused:professional-first")]
    [InlineData("pain-persisting=not-sure", "both", "both", "refused:professional-first")]
    [InlineData("one-sided-no-cause=yes", "left", "left", "refused:professional-first")]
    [InlineData("profile=missing", "both", "both", "refused:professional-first")]
    [InlineData("profile=age:365", "both", "both", "refused:professional-first")]
    [InlineData("profile-changed=not-sure", "both", "both", "refused:professional-first")]
    [InlineData("profile.blood-thinner-or-clotting-disorder=yes", "both", "both", "refused:professional-first")]
    [InlineData("profile.pad-or-diabetic-neuropathy=not-sure", "both", "both", "refused:professional-first")]
    [InlineData("profile.recovering-calf-strain=unanswered", "both", "both", "refused:professional-first")]
    [InlineData("sharp-pain:left=yes;profile.pregnant=yes", "both", "both", "refused:professional-first")]
    public void Plan_ScreenedAnswers_PlansOnlyClearedLegsOrRefuses(string spec, string screenedLegs, string requestedLegs, string expected)
    {
        var asked = ScreeningTable.Legs(screenedLegs);
        var (answers, profile) = ScreeningTable.Build(Questionnaire, spec, asked);
        var screening = Screener.Screen(Questionnaire, answers, asked, profile, ScreeningTable.Now);
        var request = new PlanRequest(ScreeningTable.Legs(requestedLegs), ["hands"], 8, Emphasis.Gastrocnemius, []);

        var result = Planner.Plan(Protocol, screening, request);

        var outcome = result.IsPlanned
            ? string.Join(",", result.Plan.Legs.Select(l => l.ToString().ToLowerInvariant()))
            : $"refused:{ScreeningTable.Kebab(result.Refusal.Verdict?.ToString() ?? "none")}";
        Assert.Equal(expected, outcome);
        if (result.IsPlanned)
        {
            Assert.All(result.Plan.Steps, s => Assert.Contains(s.Leg, screening.LegsCleared));
        }
        else
        {
            Assert.Equal(PlanRefusalKind.Screening, result.Refusal.Kind);
        }
    }

    [Fact]
    public void Plan_RandomAnswersProfilesAndRequests_NeverPlansPastAStoppingAnswerNorOffTheClearedLegs()
    {
        var planned = 0;
        var stoppedByAnswers = 0;
        var property = Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (answers, profile) = c.Build(Questionnaire);
            var screening = Screener.Screen(Questionnaire, answers, c.Asked, profile, GateCase.Now);
            var result = Planner.Plan(Protocol, screening, c.Request);
            var stopping = c.HasStoppingAnswer(Questionnaire);
            planned += result.IsPlanned ? 1 : 0;
            stoppedByAnswers += stopping ? 1 : 0;

            var gateHeld = !(stopping && result.IsPlanned)
                && (!stopping || screening.Verdict < Verdict.AvoidArea)
                && screening.LegsCleared.All(c.Asked.Contains);
            var legsHeld = !result.IsPlanned
                || (result.Plan.Legs.All(screening.LegsCleared.Contains)
                    && result.Plan.Steps.All(s => screening.LegsCleared.Contains(s.Leg))
                    && result.Plan.Legs.All(leg => !c.HasAvoidAnswer(Questionnaire, leg)));
            return gateHeld && legsHeld;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);

        Assert.True(planned > 100, $"Only {planned} of 2000 random cases were planned: the generator no longer reaches the planner.");
        Assert.True(stoppedByAnswers > 100, $"Only {stoppedByAnswers} of 2000 random cases had a stopping answer.");
    }

    /// <summary>
    /// Random inputs: the legs screened, an answer (or none) for every slot of the questionnaire, a profile that is
    /// missing, expired or current, and a plan request of any shape. "No" is the most frequent answer so that both
    /// planned and refused cases come up often.
    /// </summary>
    private static Gen<GateCase> Cases()
    {
        var slots = Slots(Questionnaire).Count;
        var answer = Gen.Frequency(
            (60, Gen.Constant<Answer?>(Answer.No)),
            (1, Gen.Constant<Answer?>(Answer.Yes)),
            (1, Gen.Constant<Answer?>(Answer.NotSure)),
            (1, Gen.Constant<Answer?>(null)));
        var legs = Gen.Frequency(
            (6, Gen.Constant(new[] { Leg.Left, Leg.Right })),
            (2, Gen.Constant(new[] { Leg.Left })),
            (2, Gen.Constant(new[] { Leg.Right })),
            (1, Gen.Constant(Array.Empty<Leg>())),
            (1, Gen.Constant(new[] { Leg.Right, Leg.Left, Leg.Right })));
        var equipmentIds = Protocol.Preparation.Equipment.Select(e => e.Id).ToArray();
        var activityIds = Protocol.Muscles.SelectMany(m => m.Activities).ToArray();
        var request =
            from requestLegs in legs
            from equipment in Gen.SubListOf(equipmentIds)
            from unknownEquipment in Gen.Frequency((9, Gen.Constant(Array.Empty<string>())), (1, Gen.Constant(UnknownEquipment)))
            from minutes in Gen.Frequency((1, Gen.Choose(-1, 4)), (8, Gen.Choose(5, 10)), (1, Gen.Choose(11, 30)))
            from emphasis in Gen.Elements(Enum.GetValues<Emphasis>())
            from activities in Gen.SubListOf(activityIds)
            from position in Gen.Frequency((9, Gen.Elements("chair", "floor", "foam-roller")), (1, Gen.Constant("standing-on-head")))
            from handsTired in Gen.Elements(true, false)
            select new PlanRequest(requestLegs, [.. equipment, .. unknownEquipment], minutes, emphasis, [.. activities], position, handsTired);
        return
            from asked in legs
            from answers in Gen.ArrayOf(answer, slots)
            from profileKind in Gen.Frequency((1, Gen.Constant(ProfileKind.Missing)), (1, Gen.Constant(ProfileKind.Expired)), (8, Gen.Constant(ProfileKind.Current)))
            from ageSeconds in Gen.Choose(0, 30_000_000)
            from planRequest in request
            select new GateCase(asked, answers, profileKind, ageSeconds, planRequest);
    }

    /// <summary>Every answer slot: each session question (per leg for both legs where it is per leg), "anything changed?", each profile question.</summary>
    private static List<(AnswerKey Key, bool InProfile)> Slots(Questionnaire questionnaire) =>
    [
        .. questionnaire.SessionQuestions.SelectMany(q => q.PerLeg
            ? Enum.GetValues<Leg>().Select(l => (new AnswerKey(q.Id, l), false))
            : [(new AnswerKey(q.Id), false)]),
        (new AnswerKey(Screener.ProfileChangedId), false),
        .. questionnaire.ProfileQuestions.Select(q => (new AnswerKey(q.Id), true)),
    ];

    private enum ProfileKind
    {
        Missing,
        Expired,
        Current,
    }

    private sealed record GateCase(Leg[] Asked, Answer?[] Answers, ProfileKind Profile, int AgeSeconds, PlanRequest Request)
    {
        public static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

        /// <summary>Expired profiles are 12 months old or up to a year older; current ones are up to about 347 days younger than that.</summary>
        private DateTimeOffset AnsweredAt => Profile == ProfileKind.Expired
            ? Now.AddMonths(-12).AddSeconds(-AgeSeconds)
            : Now.AddMonths(-12).AddSeconds(1 + AgeSeconds);

        public (ScreeningAnswers Answers, HealthProfile? Profile) Build(Questionnaire questionnaire)
        {
            var answers = ScreeningAnswers.None;
            var profileAnswers = new Dictionary<string, Answer>();
            foreach (var ((key, inProfile), answer) in Slots(questionnaire).Zip(Answers))
            {
                if (answer is not { } given)
                {
                    continue;
                }

                if (inProfile)
                {
                    profileAnswers[key.QuestionId] = given;
                }
                else
                {
                    answers = answers.With(key, given);
                }
            }

            return (answers, Profile == ProfileKind.Missing ? null : new HealthProfile(profileAnswers, AnsweredAt));
        }

        /// <summary>
        /// Worked out from the raw inputs, not from the screener: an answer that is not "no" to a question whose yes
        /// brings emergency, emergency or professional-first (per-leg ones only for a leg screened), or a health
        /// profile that cannot be used (missing, expired, or "anything changed?" not answered "no").
        /// </summary>
        public bool HasStoppingAnswer(Questionnaire questionnaire)
        {
            if (Profile != ProfileKind.Current)
            {
                return true;
            }

            return Slots(questionnaire).Zip(Answers).Any(s =>
                s.Second != Answer.No
                && (s.First.Key.QuestionId == Screener.ProfileChangedId
                    || (questionnaire.Question(s.First.Key.QuestionId).VerdictIfYes < Verdict.AvoidArea
                        && (s.First.Key.Leg is not { } leg || Asked.Contains(leg)))));
        }

        /// <summary>True when a question whose yes keeps the session off an area was not answered "no" for this leg.</summary>
        public bool HasAvoidAnswer(Questionnaire questionnaire, Leg leg) =>
            Slots(questionnaire).Zip(Answers).Any(s =>
                s.Second != Answer.No
                && s.First.Key.QuestionId != Screener.ProfileChangedId
                && questionnaire.Question(s.First.Key.QuestionId).VerdictIfYes == Verdict.AvoidArea
                && s.First.Key.Leg == leg);
    }
}
