using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Progress;

/// <summary>Each referral rule on both sides of its thresholds, with the clock set by hand.</summary>
public class ReferralRulesTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    // not-better-14-days

    [Fact]
    public void NotBetterAfterTwoWeeks_FourSessionsTightnessUnchanged_SeeAPhysiotherapist()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-13), tightBefore: 6, tightAfter: 5),
            Left(Now.AddDays(-10), tightBefore: 6, tightAfter: 5),
            Left(Now.AddDays(-5), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 7, tightAfter: 6),
        ];

        var referral = Assert.Single(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));

        Assert.Equal(ReferralRules.NotBetterId, referral.RuleId);
        Assert.Equal(ReferralSeverity.SeeProfessional, referral.Severity);
        Assert.Equal(Leg.Left, referral.Leg);
        Assert.Contains("left calf", referral.Message, StringComparison.Ordinal);
        Assert.Contains("physiotherapist", referral.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_LatestAfterOneBelowFirstBefore_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-13), tightBefore: 6, tightAfter: 5),
            Left(Now.AddDays(-10), tightBefore: 6, tightAfter: 5),
            Left(Now.AddDays(-5), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 7, tightAfter: 5),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_ThreeSessions_NotRegularSoNoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-13), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-5), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_FirstSessionExactlyFourteenDaysAgo_CountsInTheWindow()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-14), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-10), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-3), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Single(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_FirstSessionOneSecondBeforeTheWindow_OnlyThreeCountSoNoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-14).AddSeconds(-1), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-10), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-3), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_SessionExactlySevenDaysAgo_CountsForTheFirstWeek()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-7), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-5), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-3), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Single(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_AllSessionsInTheLastWeek_NotYetTwoWeeksSoNoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-7).AddSeconds(1), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-5), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-3), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_TightnessBetterButPainNot_Referral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-12), tightBefore: 7, tightAfter: 6, painBefore: 3, painAfter: 3),
            Left(Now.AddDays(-9), tightBefore: 6, tightAfter: 5, painBefore: 3, painAfter: 3),
            Left(Now.AddDays(-4), tightBefore: 5, tightAfter: 3, painBefore: 3, painAfter: 3),
            Left(Now.AddDays(-2), tightBefore: 4, tightAfter: 2, painBefore: 3, painAfter: 3),
        ];

        Assert.Single(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_NoTightnessOrPainToImprove_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-12), tightBefore: 0, tightAfter: 0),
            Left(Now.AddDays(-9), tightBefore: 0, tightAfter: 0),
            Left(Now.AddDays(-4), tightBefore: 0, tightAfter: 0),
            Left(Now.AddDays(-2), tightBefore: 0, tightAfter: 0),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_OneLegBetterTheOtherNot_OnlyTheOtherIsReferred()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (6, 6), right: (6, 5)),
            Both(Now.AddDays(-9), left: (6, 6), right: (5, 4)),
            Both(Now.AddDays(-4), left: (6, 6), right: (4, 3)),
            Both(Now.AddDays(-2), left: (6, 6), right: (3, 2)),
        ];

        var referral = Assert.Single(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));

        Assert.Equal(Leg.Left, referral.Leg);
    }

    [Fact]
    public void NotBetterAfterTwoWeeks_SessionsAfterNow_AreNotUsed()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-12), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-4), tightBefore: 6, tightAfter: 6),
            Left(Now.AddDays(-2), tightBefore: 6, tightAfter: 6),
            Left(Now.AddHours(1), tightBefore: 6, tightAfter: 6),
        ];

        Assert.Empty(ReferralRules.NotBetterAfterTwoWeeks(Questionnaire, sessions, Now));
    }

    // one-leg-only

    [Fact]
    public void OneLegOnly_ThreeSessionsOnTheRightOnly_GetItAssessed()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-13), tightBefore: 5, tightAfter: 3),
            Right(Now.AddDays(-6), tightBefore: 5, tightAfter: 3),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3),
        ];

        var referral = Assert.Single(ReferralRules.OneLegOnly(Questionnaire, sessions, Now));

        Assert.Equal(ReferralRules.OneLegOnlyId, referral.RuleId);
        Assert.Equal(Leg.Right, referral.Leg);
        Assert.Contains("right calf", referral.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLegOnly_TwoSessions_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-6), tightBefore: 5, tightAfter: 3),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3),
        ];

        Assert.Empty(ReferralRules.OneLegOnly(Questionnaire, sessions, Now));
    }

    [Fact]
    public void OneLegOnly_ThirdSessionJustOutsideTheWindow_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-14).AddSeconds(-1), tightBefore: 5, tightAfter: 3),
            Right(Now.AddDays(-6), tightBefore: 5, tightAfter: 3),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3),
        ];

        Assert.Empty(ReferralRules.OneLegOnly(Questionnaire, sessions, Now));
    }

    [Fact]
    public void OneLegOnly_OneSessionOnBothLegs_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-13), tightBefore: 5, tightAfter: 3),
            Both(Now.AddDays(-6), left: (3, 2), right: (5, 3)),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3),
        ];

        Assert.Empty(ReferralRules.OneLegOnly(Questionnaire, sessions, Now));
    }

    // one-leg-not-easing

    [Fact]
    public void OneLegNotEasing_LeftStaysAtFiveWhileRightFallsByTwo_LeftIsReferred()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (5, 5), right: (6, 5)),
            Both(Now.AddDays(-7), left: (5, 5), right: (5, 5)),
            Both(Now.AddDays(-2), left: (5, 5), right: (5, 4)),
        ];

        var referral = Assert.Single(ReferralRules.OneLegNotEasing(Questionnaire, sessions, Now));

        Assert.Equal(ReferralRules.OneLegNotEasingId, referral.RuleId);
        Assert.Equal(Leg.Left, referral.Leg);
        Assert.Equal(ReferralSeverity.SeeProfessional, referral.Severity);
    }

    [Fact]
    public void OneLegNotEasing_LeftAtFourIsNotHigh_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (4, 4), right: (6, 5)),
            Both(Now.AddDays(-7), left: (4, 4), right: (5, 5)),
            Both(Now.AddDays(-2), left: (4, 4), right: (5, 4)),
        ];

        Assert.Empty(ReferralRules.OneLegNotEasing(Questionnaire, sessions, Now));
    }

    [Fact]
    public void OneLegNotEasing_RightFallsByOneOnly_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (5, 5), right: (6, 5)),
            Both(Now.AddDays(-7), left: (5, 5), right: (5, 5)),
            Both(Now.AddDays(-2), left: (5, 5), right: (5, 5)),
        ];

        Assert.Empty(ReferralRules.OneLegNotEasing(Questionnaire, sessions, Now));
    }

    [Fact]
    public void OneLegNotEasing_LeftFellByOne_NotStayingHighSoNoReferral()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (7, 7), right: (6, 5)),
            Both(Now.AddDays(-7), left: (7, 6), right: (5, 5)),
            Both(Now.AddDays(-2), left: (7, 6), right: (5, 4)),
        ];

        Assert.Empty(ReferralRules.OneLegNotEasing(Questionnaire, sessions, Now));
    }

    [Fact]
    public void OneLegNotEasing_TwoSessionsEach_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Both(Now.AddDays(-12), left: (5, 5), right: (6, 5)),
            Both(Now.AddDays(-2), left: (5, 5), right: (5, 3)),
        ];

        Assert.Empty(ReferralRules.OneLegNotEasing(Questionnaire, sessions, Now));
    }

    // two-safety-stops

    [Fact]
    public void TwoSafetyStopsInAWeek_StopsSevenDaysAndOneHourAgo_ProfessionalFirst()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-7), tightBefore: 5, tightAfter: null, stop: StopReason.SharpPain),
            Left(Now.AddDays(-3), tightBefore: 5, tightAfter: 3),
            Left(Now.AddHours(-1), tightBefore: 5, tightAfter: null, stop: StopReason.PainWorsening),
        ];

        var referral = Assert.Single(ReferralRules.TwoSafetyStopsInAWeek(Questionnaire, sessions, Now));

        Assert.Equal(ReferralRules.TwoSafetyStopsId, referral.RuleId);
        Assert.Equal(ReferralSeverity.ProfessionalFirst, referral.Severity);
        Assert.Null(referral.Leg);
    }

    [Fact]
    public void TwoSafetyStopsInAWeek_FirstStopOneSecondTooEarly_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-7).AddSeconds(-1), tightBefore: 5, tightAfter: null, stop: StopReason.Numbness),
            Left(Now.AddHours(-1), tightBefore: 5, tightAfter: null, stop: StopReason.SwellingOrRedness),
        ];

        Assert.Empty(ReferralRules.TwoSafetyStopsInAWeek(Questionnaire, sessions, Now));
    }

    [Fact]
    public void TwoSafetyStopsInAWeek_OneSafetyStopAndOneStoppedForNow_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Left(Now.AddDays(-2), tightBefore: 5, tightAfter: null, stop: StopReason.StoppedForNow),
            Left(Now.AddHours(-1), tightBefore: 5, tightAfter: null, stop: StopReason.SharpPain),
        ];

        Assert.Empty(ReferralRules.TwoSafetyStopsInAWeek(Questionnaire, sessions, Now));
    }

    // pain-after-rising

    [Fact]
    public void PainAfterSessionsRising_OneTwoThree_ProfessionalFirst()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-40), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 1),
            Right(Now.AddDays(-20), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 2),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 3),
        ];

        var referral = Assert.Single(ReferralRules.PainAfterSessionsRising(Questionnaire, sessions, Now));

        Assert.Equal(ReferralRules.PainAfterRisingId, referral.RuleId);
        Assert.Equal(ReferralSeverity.ProfessionalFirst, referral.Severity);
        Assert.Equal(Leg.Right, referral.Leg);
    }

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(0, 0, 0)]
    public void PainAfterSessionsRising_NotRisingEachTime_NoReferral(int first, int second, int third)
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-5), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: first),
            Right(Now.AddDays(-3), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: second),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: third),
        ];

        Assert.Empty(ReferralRules.PainAfterSessionsRising(Questionnaire, sessions, Now));
    }

    [Fact]
    public void PainAfterSessionsRising_TwoSessionsOnly_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-3), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 1),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 4),
        ];

        Assert.Empty(ReferralRules.PainAfterSessionsRising(Questionnaire, sessions, Now));
    }

    [Fact]
    public void PainAfterSessionsRising_RoseEarlierButLatestFell_NoReferral()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-7), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 1),
            Right(Now.AddDays(-5), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 2),
            Right(Now.AddDays(-3), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 3),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 1),
        ];

        Assert.Empty(ReferralRules.PainAfterSessionsRising(Questionnaire, sessions, Now));
    }

    [Fact]
    public void PainAfterSessionsRising_SessionWithoutAnAfterRating_IsSkipped()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-7), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 1),
            Right(Now.AddDays(-5), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 2),
            Right(Now.AddDays(-3), tightBefore: 5, tightAfter: null, painBefore: 2, painAfter: null),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: 3, painBefore: 2, painAfter: 3),
        ];

        Assert.Single(ReferralRules.PainAfterSessionsRising(Questionnaire, sessions, Now));
    }

    // all rules together

    [Fact]
    public void Evaluate_SeveralRulesFire_ProfessionalFirstComesFirst()
    {
        SessionRecord[] sessions =
        [
            Right(Now.AddDays(-6), tightBefore: 5, tightAfter: 5, painBefore: 2, painAfter: 1),
            Right(Now.AddDays(-4), tightBefore: 5, tightAfter: null, painBefore: 2, painAfter: 2, stop: StopReason.SharpPain),
            Right(Now.AddDays(-1), tightBefore: 5, tightAfter: null, painBefore: 2, painAfter: 3, stop: StopReason.PainWorsening),
        ];

        var referrals = ReferralRules.Evaluate(Questionnaire, sessions, Now);

        Assert.Equal(
            [ReferralRules.TwoSafetyStopsId, ReferralRules.PainAfterRisingId, ReferralRules.OneLegOnlyId],
            referrals.Select(r => r.RuleId));
    }

    [Fact]
    public void Evaluate_NoSessions_NoReferral()
    {
        Assert.Empty(ReferralRules.Evaluate(Questionnaire, [], Now));
    }

    private static SessionRecord Left(DateTimeOffset at, int tightBefore, int? tightAfter, int painBefore = 0, int? painAfter = null, StopReason? stop = null) =>
        Session(at, [Leg.Left], [new LegRating(Leg.Left, tightBefore, painBefore, tightAfter, painAfter)], stop);

    private static SessionRecord Right(DateTimeOffset at, int tightBefore, int? tightAfter, int painBefore = 0, int? painAfter = null, StopReason? stop = null) =>
        Session(at, [Leg.Right], [new LegRating(Leg.Right, tightBefore, painBefore, tightAfter, painAfter)], stop);

    /// <summary>A session on both legs; each pair is (tightness before, tightness after), pain 0 throughout.</summary>
    private static SessionRecord Both(DateTimeOffset at, (int Before, int After) left, (int Before, int After) right) =>
        Session(at, [Leg.Left, Leg.Right],
            [new LegRating(Leg.Left, left.Before, 0, left.After, 0), new LegRating(Leg.Right, right.Before, 0, right.After, 0)], null);

    private static SessionRecord Session(DateTimeOffset at, Leg[] legs, LegRating[] ratings, StopReason? stop) =>
        new(Guid.NewGuid(), at, at.AddMinutes(12), legs, ratings, [], stop);
}
