using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// One step of the method on one leg, with the shape chosen for it and the seconds of the pause before it, in which
/// the voice briefs the step (<see cref="GetReady"/>).
/// </summary>
public sealed record PlannedStep(string StepId, Leg Leg, StepShape Shape, int GetReadySeconds)
{
    public int Seconds => Shape.Seconds;
}
