using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Progress;

public class ProgressTrendsTests
{
    [Fact]
    public void For_SessionsOutOfOrder_PerLegSeriesOldestFirst()
    {
        var day1 = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero);
        var day3 = day1.AddDays(2);
        SessionRecord[] sessions =
        [
            new(Guid.NewGuid(), day3, day3.AddMinutes(10), [Leg.Left, Leg.Right],
                [new LegRating(Leg.Left, 5, 1, 3, 0), new LegRating(Leg.Right, 4, 0, 2, 0)], []),
            new(Guid.NewGuid(), day1, day1.AddMinutes(10), [Leg.Left],
                [new LegRating(Leg.Left, 7, 2, 5, 1)], []),
        ];

        var trends = ProgressTrends.For(sessions);

        Assert.Equal([Leg.Left, Leg.Right], trends.Select(t => t.Leg));
        Assert.Equal([new TrendPoint(day1, 7, 5, 2, 1), new TrendPoint(day3, 5, 3, 1, 0)], trends[0].Points);
        Assert.Equal([new TrendPoint(day3, 4, 2, 0, 0)], trends[1].Points);
    }

    [Fact]
    public void For_StoppedSessionWithoutAfterRatings_PointHasNoAfter()
    {
        var at = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero);
        SessionRecord[] sessions =
        [
            new(Guid.NewGuid(), at, at.AddMinutes(3), [Leg.Right], [new LegRating(Leg.Right, 6, 3)], [], StopReason.SharpPain),
        ];

        var trend = Assert.Single(ProgressTrends.For(sessions));

        Assert.Equal(Leg.Right, trend.Leg);
        Assert.Equal([new TrendPoint(at, 6, null, 3, null)], trend.Points);
    }

    [Fact]
    public void For_NoSessions_NoTrend()
    {
        Assert.Empty(ProgressTrends.For([]));
    }
}
