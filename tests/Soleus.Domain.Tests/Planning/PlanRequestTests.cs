using Soleus.Domain.Planning;

namespace Soleus.Domain.Tests.Planning;

public sealed class PlanRequestTests
{
    [Fact]
    public void MinutesAllowed_ShippedProtocol_FromWhatTheLayersNeedWithTheirPausesToTheMethodsMaximum()
    {
        // The four layers at their shortest: 60 + 100 + 20 + 120 s, and 8 s to get ready before each: 332 s, so 6 minutes.
        var allowed = PlanRequest.MinutesAllowed(Plans.Protocol);

        Assert.Equal((6, 10), allowed);
        Assert.Equal("Enter a whole number of minutes per calf from 6 to 10: the time the method takes, with a short pause to read each step.", PlanRequest.MinutesRule(Plans.Protocol));
    }

    [Fact]
    public void Positions_ShippedProtocol_TheOnesEveryLayerAllows()
    {
        var positions = PlanRequest.Positions(Plans.Protocol);

        Assert.Equal(["chair", "floor"], positions.Select(p => p.Id));
    }
}
