using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>Stored tender spots are bit numbers; these pin the numbering that stored rows and the migration rely on.</summary>
public sealed class TenderSpotBitsTests
{
    [Theory]
    [InlineData(Leg.Left, CalfZone.Lower, CalfLane.Inner, 0)]
    [InlineData(Leg.Left, CalfZone.Lower, CalfLane.Outer, 2)]
    [InlineData(Leg.Left, CalfZone.Mid, CalfLane.Centre, 4)]
    [InlineData(Leg.Left, CalfZone.Upper, CalfLane.Inner, 6)]
    [InlineData(Leg.Right, CalfZone.Lower, CalfLane.Inner, 9)]
    [InlineData(Leg.Right, CalfZone.Upper, CalfLane.Outer, 17)]
    public void From_OneSpot_SetsItsBit(Leg leg, CalfZone zone, CalfLane lane, int bit)
    {
        var spot = new TenderSpot(leg, zone, lane);

        Assert.Equal(1 << bit, TenderSpotBits.From([spot]));
        Assert.Equal([spot], TenderSpotBits.ToSpots(1 << bit));
    }

    [Fact]
    public void EverySubsetOfTheMap_ComesBackAsTheSameSpots()
    {
        var all = TenderSpotBits.ToSpots((1 << 18) - 1);
        Assert.Equal(18, all.Distinct().Count());
        for (var bits = 0; bits < 1 << 18; bits += 37)
        {
            var spots = TenderSpotBits.ToSpots(bits);
            Assert.Equal(bits, TenderSpotBits.From(spots));
            Assert.Equal(spots.Count, System.Numerics.BitOperations.PopCount((uint)bits));
        }
    }

    [Fact]
    public void NoSpots_IsZero() => Assert.Empty(TenderSpotBits.ToSpots(TenderSpotBits.From([])));
}
