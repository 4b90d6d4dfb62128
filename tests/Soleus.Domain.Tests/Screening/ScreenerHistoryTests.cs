using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>What the person's session history says weighs in the screening: a professional-first referral stops it.</summary>
public class ScreenerHistoryTests
{
    private static ScreeningResult Screen(params Referral[] referrals)
    {
        var questionnaire = ShippedQuestionnaire.Load();
        var (answers, profile) = ScreeningTable.Build(questionnaire, "", [Leg.Left, Leg.Right]);
        return Screener.Screen(questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now, referrals);
    }

    [Theory]
    [InlineData("two-safety-stops")]
    [InlineData("pain-after-rising")]
    public void Screen_ProfessionalFirstReferral_NoSessionWithTheReferralAsReason(string rule)
    {
        var result = Screen(new Referral(rule, ReferralSeverity.ProfessionalFirst, "Two safety stops this week: see a professional first."));

        Assert.Equal(Verdict.ProfessionalFirst, result.Verdict);
        Assert.False(result.AllowsSession);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((rule, ReasonBasis.History), (reason.QuestionId, reason.Basis));
    }

    [Fact]
    public void Screen_SeeAProfessionalReferral_SessionStillAllowed()
    {
        var result = Screen(new Referral("not-better-14-days", ReferralSeverity.SeeProfessional, "Book an assessment."));

        Assert.Equal(Verdict.Proceed, result.Verdict);
        Assert.True(result.AllowsSession);
    }

    [Fact]
    public void Screen_NoHistory_Proceeds()
    {
        Assert.Equal(Verdict.Proceed, Screen().Verdict);
    }
}
