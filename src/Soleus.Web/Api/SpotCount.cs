using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Api;

/// <summary>How often a spot of the calf map was marked tender.</summary>
public sealed record SpotCount(Leg Leg, CalfZone Zone, CalfLane Lane, int Count);
