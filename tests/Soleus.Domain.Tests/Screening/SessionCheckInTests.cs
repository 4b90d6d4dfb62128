using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Screening;

public class SessionCheckInTests
{
    [Theory]
    [InlineData(3, 5, PainCheck.Stop)]
    [InlineData(0, 2, PainCheck.Stop)]
    [InlineData(8, 10, PainCheck.Stop)]
    [InlineData(0, 10, PainCheck.Stop)]
    [InlineData(3, 4, PainCheck.AskToStop)]
    [InlineData(0, 1, PainCheck.AskToStop)]
    [InlineData(9, 10, PainCheck.AskToStop)]
    [InlineData(7, 7, PainCheck.AskToStop)]
    [InlineData(9, 7, PainCheck.AskToStop)]
    [InlineData(5, 5, PainCheck.GoOn)]
    [InlineData(6, 2, PainCheck.GoOn)]
    [InlineData(9, 6, PainCheck.GoOn)]
    public void Check_PainMidSessionAgainstBefore_StopsFromTwoPointsUp_AsksOnAnyRiseOrFromSeven(int before, int now, PainCheck expected)
    {
        Assert.Equal(expected, SessionCheckIn.Check(before, now));
    }

    [Fact]
    public void Check_EveryPairOfRatings_NeverGoesOnWithARiseOrAHighScore()
    {
        for (var before = Rating.Min; before <= Rating.Max; before++)
        {
            for (var now = Rating.Min; now <= Rating.Max; now++)
            {
                var check = SessionCheckIn.Check(before, now);
                Assert.True(check != PainCheck.GoOn || (now <= before && now < SessionCheckIn.PainThatAsks), $"{before} → {now} went on");
                Assert.Equal(now - before >= SessionCheckIn.PainRiseThatStops, check == PainCheck.Stop);
            }
        }
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(11, 3)]
    [InlineData(3, -1)]
    [InlineData(3, 11)]
    public void Check_RatingOutsideZeroToTen_Throws(int before, int now)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionCheckIn.Check(before, now));
    }

    [Theory]
    [InlineData(StopReason.SharpPain, "stabbing")]
    [InlineData(StopReason.Numbness, "nerve")]
    [InlineData(StopReason.PainWorsening, "climbs")]
    [InlineData(StopReason.SwellingOrRedness, "blood clot")]
    [InlineData(StopReason.StoppedForNow, "another time")]
    public void For_EachStopReason_GivesItsAdviceFromTheQuestionnaire(StopReason reason, string words)
    {
        var questionnaire = ShippedQuestionnaire.Load();

        var advice = SessionCheckIn.For(questionnaire, reason);

        Assert.Equal(reason, advice.Reason);
        Assert.Contains(words, advice.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(advice.Title));
    }

    [Fact]
    public void For_SwellingOrRedness_ShowsTheDvtWarningAndTheEmergencyNumber()
    {
        var questionnaire = ShippedQuestionnaire.Load().WithEmergencyNumber("911");

        var advice = SessionCheckIn.For(questionnaire, StopReason.SwellingOrRedness);

        Assert.True(advice.ShowDvtWarning);
        Assert.Contains("Call 911 now", advice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{emergencyNumber}", advice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StopReason.SharpPain)]
    [InlineData(StopReason.Numbness)]
    [InlineData(StopReason.PainWorsening)]
    public void For_SafetyStop_TellsThePersonToStopAndToSeeSomeoneFirst_NeverOnlyIfItLasts(StopReason reason)
    {
        var advice = SessionCheckIn.For(ShippedQuestionnaire.Load(), reason);

        Assert.Matches("(?i)stop|rest|take the pressure off", advice.Text);
        Assert.Matches("(?i)doctor|physiotherapist", advice.Text);
        Assert.DoesNotMatch("(?i)if it (has not|does not|stays)|within (a|an) ", advice.Text);
    }
}
