using System.Numerics;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Data;

/// <summary>
/// The 18 spots of the calf map (leg × zone × lane) as the bits of one number: bit leg × 9 + zone × 3 + lane, with
/// left, lower and inner as 0. Stored data depends on this numbering: it must never change.
/// </summary>
public static class TenderSpotBits
{
    public static int From(IEnumerable<TenderSpot> spots) => spots.Aggregate(0, (bits, spot) => bits | 1 << Bit(spot));

    /// <summary>The spots whose bits are set, in bit order.</summary>
    public static List<TenderSpot> ToSpots(int bits)
    {
        var spots = new List<TenderSpot>(BitOperations.PopCount((uint)bits));
        for (var bit = 0; bit < All.Length; bit++)
        {
            if ((bits & 1 << bit) != 0)
            {
                spots.Add(All[bit]);
            }
        }

        return spots;
    }

    /// <summary>Every spot, in bit order.</summary>
    private static readonly TenderSpot[] All =
        [.. from leg in Enum.GetValues<Leg>() from zone in Enum.GetValues<CalfZone>() from lane in Enum.GetValues<CalfLane>() select new TenderSpot(leg, zone, lane)];

    private static int Bit(TenderSpot spot) => (int)spot.Leg * 9 + (int)spot.Zone * 3 + (int)spot.Lane;
}
