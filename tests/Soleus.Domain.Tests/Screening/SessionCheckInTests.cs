using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Screening;

public class SessionCheckInTests
{
    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(3, 4, false)]
    [InlineData(0, 2, true)]
    [InlineData(0, 1, false)]
    [InlineData(8, 10, true)]
    [InlineData(9, 10, false)]
    [InlineData(5, 5, false)]
    [InlineData(6, 2, false)]
    [InlineData(0, 10, true)]
    public void ShouldStop_PainMidSessionAgainstBefore_StopsFromTwoPointsUp(int before, int now, bool stops)
    {
        Assert.Equal(stops, SessionCheckIn.ShouldStop(before, now));
        Assert.Equal(stops ? StopReason.PainWorsening : null, SessionCheckIn.Check(before, now));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(11, 3)]
    [InlineData(3, -1)]
    [InlineData(3, 11)]
    public void ShouldStop_RatingOutsideZeroToTen_Throws(int before, int now)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionCheckIn.ShouldStop(before, now));
    }

    [Theory]
    [InlineData(StopReason.SharpPain, "stabbing")]
    [InlineData(StopReason.Numbness, "nerve")]
    [InlineData(StopReason.PainWorsening, "climbs")]
    [InlineData(StopReason.SwellingOrRedness, "prompt medical assessment")]
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
        Assert.Contains("call 911", advice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{emergencyNumber}", advice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StopReason.SharpPain)]
    [InlineData(StopReason.Numbness)]
    [InlineData(StopReason.PainWorsening)]
    [InlineData(StopReason.SwellingOrRedness)]
    public void For_SafetyStop_TellsThePersonToStopOrRestAndWhenToSeeSomeone(StopReason reason)
    {
        var advice = SessionCheckIn.For(ShippedQuestionnaire.Load(), reason);

        Assert.Matches("(?i)stop|rest|take the pressure off", advice.Text);
        Assert.Matches("(?i)doctor|physiotherapist", advice.Text);
    }
}
