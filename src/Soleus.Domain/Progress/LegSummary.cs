namespace Soleus.Domain.Progress;

/// <summary>
/// One leg's ratings over a period in a few figures, for a summary: how many sessions, the tightness before the
/// first and after the latest rated one, and the averages before and after (one decimal; null when never rated).
/// </summary>
public sealed record LegSummary(
    int Sessions,
    int FirstTightnessBefore,
    int? LatestTightnessAfter,
    double AverageTightnessBefore,
    double? AverageTightnessAfter,
    double AveragePainBefore,
    double? AveragePainAfter)
{
    public static LegSummary Of(LegTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var points = trend.Points;
        return new(
            points.Count,
            points[0].TightnessBefore,
            points.Select(p => p.TightnessAfter).LastOrDefault(a => a is not null),
            Average(points.Select(p => (int?)p.TightnessBefore))!.Value,
            Average(points.Select(p => p.TightnessAfter)),
            Average(points.Select(p => (int?)p.PainBefore))!.Value,
            Average(points.Select(p => p.PainAfter)));
    }

    private static double? Average(IEnumerable<int?> values)
    {
        var given = values.OfType<int>().ToList();
        return given.Count == 0 ? null : Math.Round(given.Average(), 1);
    }
}
