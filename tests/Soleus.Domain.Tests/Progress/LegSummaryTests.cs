using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Progress;

public sealed class LegSummaryTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_ThreeSessions_FirstLatestAndAveragesToOneDecimal()
    {
        var trend = new LegTrend(Leg.Left,
        [
            new TrendPoint(Start, 7, 4, 3, 1),
            new TrendPoint(Start.AddDays(2), 6, 3, 2, null),
            new TrendPoint(Start.AddDays(4), 6, null, 2, 2),
        ]);

        var summary = LegSummary.Of(trend);

        Assert.Equal(new LegSummary(3, 7, 3, 6.3, 3.5, 2.3, 1.5), summary);
    }

    [Fact]
    public void Of_NeverRatedAfter_AftersAreNull()
    {
        var summary = LegSummary.Of(new LegTrend(Leg.Right, [new TrendPoint(Start, 5, null, 1, null)]));

        Assert.Null(summary.LatestTightnessAfter);
        Assert.Null(summary.AverageTightnessAfter);
        Assert.Null(summary.AveragePainAfter);
    }
}
