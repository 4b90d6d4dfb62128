using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Progress;

/// <summary>How often a spot of the calf map was marked tender.</summary>
public sealed record SpotCount(Leg Leg, CalfZone Zone, CalfLane Lane, int Count)
{
    /// <summary>How often each spot was marked in these sessions, the most marked first.</summary>
    public static List<SpotCount> Tally(IEnumerable<SessionRecord> sessions) =>
    [
        .. sessions.SelectMany(r => r.TenderSpots)
            .GroupBy(s => s)
            .Select(g => new SpotCount(g.Key.Leg, g.Key.Zone, g.Key.Lane, g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Leg).ThenBy(s => s.Zone).ThenBy(s => s.Lane),
    ];
}
