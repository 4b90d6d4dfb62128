using System.Globalization;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>
/// The geometry of one leg's tightness chart, drawn as inline SVG on the server: time along the bottom, the 0–10
/// tightness scale up the side, one line for before each session and one for after.
/// </summary>
public sealed class TrendChart
{
    public const double Width = 320;
    public const double Height = 200;
    public const double Left = 30;
    public const double Right = 14;
    public const double Top = 12;
    public const double Bottom = 40;

    public TrendChart(LegTrend trend, LocalClock clock)
    {
        ArgumentNullException.ThrowIfNull(trend);
        Leg = trend.Leg;
        Points = trend.Points;
        Clock = clock;
    }

    /// <summary>The reader's clock, for the dates along the bottom.</summary>
    public LocalClock Clock { get; }

    public Leg Leg { get; }

    public IReadOnlyList<TrendPoint> Points { get; }

    public string Id => $"chart-{WireNames.Name(Leg)}";

    public static IReadOnlyList<int> Grid { get; } = [0, 5, 10];

    public double X(DateTimeOffset at)
    {
        var first = Points[0].At;
        var span = (Points[^1].At - first).TotalSeconds;
        var plot = Width - Left - Right;
        return span <= 0 ? Left + (plot / 2) : Left + ((at - first).TotalSeconds / span * plot);
    }

    public static double Y(double value) => Top + ((Rating.Max - value) / Rating.Max * (Height - Top - Bottom));

    /// <summary>The "x,y x,y …" list of the before-session line.</summary>
    public string BeforeLine => Line(Points.Select(p => (p.At, (int?)p.TightnessBefore)));

    /// <summary>The after-session line; sessions without an after rating are skipped.</summary>
    public string AfterLine => Line(Points.Select(p => (p.At, p.TightnessAfter)));

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private string Line(IEnumerable<(DateTimeOffset At, int? Value)> values) =>
        string.Join(' ', values.Where(v => v.Value is not null).Select(v => $"{N(X(v.At))},{N(Y(v.Value!.Value))}"));
}
