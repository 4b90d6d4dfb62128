using Soleus.Domain.Protocols;

namespace Soleus.Domain.Sessions;

/// <summary>A step of the plan as it was actually done: how many seconds of it on which leg.</summary>
public sealed record DoneStep(string StepId, Leg Leg, int Seconds);
