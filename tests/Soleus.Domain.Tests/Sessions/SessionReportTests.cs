using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Sessions;

public sealed class SessionReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 18, 0, 0, TimeSpan.Zero);

    private static SessionReport Valid => new(
        Guid.NewGuid(),
        Now.AddMinutes(-20),
        Now.AddMinutes(-2),
        [Leg.Left, Leg.Right],
        [new LegRating(Leg.Left, 6, 2, 3, 1), new LegRating(Leg.Right, 5, 1)],
        [new TenderSpot(Leg.Left, CalfZone.Mid, CalfLane.Centre)],
        null,
        "Looser afterwards.",
        [new DoneStep("warm-up", Leg.Left, 90)]);

    [Fact]
    public void Problems_ValidReport_None() => Assert.Empty(Valid.Problems(Plans.Protocol, Now));

    public static TheoryData<SessionReport, string> Bad => new()
    {
        { Valid with { ClientId = Guid.Empty }, "clientId" },
        { Valid with { EndedAt = Valid.StartedAt.AddMinutes(-1) }, "endedAt" },
        { Valid with { EndedAt = Valid.StartedAt + SessionReport.MaxLength + TimeSpan.FromSeconds(1) }, "endedAt" },
        { Valid with { StartedAt = Now, EndedAt = Now + RecordedTimes.ClockSlack + TimeSpan.FromSeconds(1) }, "endedAt" },
        { Valid with { Legs = [Leg.Left, Leg.Left] }, "legs" },
        { Valid with { Ratings = [new LegRating(Leg.Left, 6, 2)] }, "ratings" },
        { Valid with { Ratings = [new LegRating(Leg.Left, 11, 2), new LegRating(Leg.Right, 5, 1)] }, "ratings[0].tightnessBefore" },
        { Valid with { Ratings = [new LegRating(Leg.Left, 6, 2), new LegRating(Leg.Right, 5, 1, PainAfter: -1)] }, "ratings[1].painAfter" },
        { Valid with { Legs = [Leg.Right], Ratings = [new LegRating(Leg.Right, 5, 1)], Steps = [] }, "tenderSpots" },
        { Valid with { Notes = new string('n', SessionReport.MaxNotes + 1) }, "notes" },
        { Valid with { Steps = [new DoneStep("yoga", Leg.Left, 10)] }, "steps[0]" },
        { Valid with { Steps = [new DoneStep("warm-up", Leg.Left, 91)] }, "steps[0]" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Problems_OneBadField_NamedAlone(SessionReport report, string field) =>
        Assert.Equal(field, Assert.Single(report.Problems(Plans.Protocol, Now)).Field);

    [Fact]
    public void Problems_NoLeg_NamedOnLegs() => Assert.Contains((Valid with { Legs = [] }).Problems(Plans.Protocol, Now), p => p.Field == "legs");

    [Fact]
    public void ToRecord_KeepsWhatTheRulesRead_WithoutNotesOrSteps()
    {
        var stopped = Valid with { StopReason = StopReason.SharpPain };

        var record = stopped.ToRecord();

        Assert.Equal((stopped.ClientId, stopped.StartedAt, stopped.EndedAt), (record.ClientId, record.StartedAt, record.EndedAt));
        Assert.Equal(stopped.Ratings, record.Ratings);
        Assert.True(record.SafetyStop);
    }
}
