using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Progress;

/// <summary>Per leg, the series of ratings from the session records, oldest first. Legs never rated are left out.</summary>
public static class ProgressTrends
{
    public static IReadOnlyList<LegTrend> For(IReadOnlyList<SessionRecord> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var ordered = sessions.OrderBy(s => s.StartedAt).ToList();
        return Enum.GetValues<Leg>()
            .Select(leg => new LegTrend(leg, ordered
                .SelectMany(s => s.Ratings.Where(r => r.Leg == leg).Take(1)
                    .Select(r => new TrendPoint(s.StartedAt, r.TightnessBefore, r.TightnessAfter, r.PainBefore, r.PainAfter)))
                .ToList()))
            .Where(t => t.Points.Count > 0)
            .ToList();
    }
}
