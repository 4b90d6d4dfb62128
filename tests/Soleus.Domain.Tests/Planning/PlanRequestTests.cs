using Soleus.Domain.Planning;

namespace Soleus.Domain.Tests.Planning;

public sealed class PlanRequestTests
{
    [Fact]
    public void MinutesAllowed_ShippedProtocol_FromWhatTheLayersNeedToTheMethodsMaximum()
    {
        // The four layers at their shortest: 60 + 100 + 20 + 120 s, so 5 minutes.
        var allowed = PlanRequest.MinutesAllowed(Plans.Protocol);

        Assert.Equal((5, 10), allowed);
        Assert.Equal("Enter a whole number of minutes per calf from 5 to 10: the time the method takes.", PlanRequest.MinutesRule(Plans.Protocol));
    }
}
