using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>One step of the method on one leg, with the shape chosen for it.</summary>
public sealed record PlannedStep(string StepId, Leg Leg, StepShape Shape)
{
    public int Seconds => Shape.Seconds;
}
