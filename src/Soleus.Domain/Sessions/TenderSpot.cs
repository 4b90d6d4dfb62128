using Soleus.Domain.Protocols;

namespace Soleus.Domain.Sessions;

/// <summary>A spot the person marked as tender on the calf map.</summary>
public sealed record TenderSpot(Leg Leg, CalfZone Zone, CalfLane Lane);
