using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Domain.Progress;

namespace Soleus.Web.Pages;

/// <summary>
/// The tender-spot map: for each leg, a grid of the calf from the knee (upper) down to the ankle (lower) and across
/// (inner, centre, outer), with how often each spot was marked tender.
/// </summary>
public sealed class SpotMap(IReadOnlyList<SpotCount> spots, string period)
{
    /// <summary>Rows from the knee down, as the calf is seen from behind.</summary>
    public static IReadOnlyList<CalfZone> Rows { get; } = [CalfZone.Upper, CalfZone.Mid, CalfZone.Lower];

    /// <summary>
    /// The lanes from left to right as the calf is seen from behind, as the player draws it: the inner side of the left
    /// calf faces the other leg, so it is on the right of the picture; of the right calf, on the left.
    /// </summary>
    public static IReadOnlyList<CalfLane> Columns(Leg leg) =>
        leg == Leg.Left ? [CalfLane.Outer, CalfLane.Centre, CalfLane.Inner] : [CalfLane.Inner, CalfLane.Centre, CalfLane.Outer];

    /// <summary>"in the last 4 weeks", "in this period": said after "No tender spots were marked".</summary>
    public string Period { get; } = period;

    public IReadOnlyList<Leg> Legs { get; } = [.. Enum.GetValues<Leg>().Where(l => spots.Any(s => s.Leg == l && s.Count > 0))];

    private int Max { get; } = spots.Count == 0 ? 0 : spots.Max(s => s.Count);

    public int Count(Leg leg, CalfZone zone, CalfLane lane) =>
        spots.Where(s => s.Leg == leg && s.Zone == zone && s.Lane == lane).Sum(s => s.Count);

    /// <summary>A shade from 0 (never marked) to 3 (marked most often), for the cell's colour.</summary>
    public int Shade(int count) => count == 0 || Max == 0 ? 0 : (int)Math.Ceiling(3.0 * count / Max);
}
