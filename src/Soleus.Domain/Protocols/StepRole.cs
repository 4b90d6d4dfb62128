namespace Soleus.Domain.Protocols;

/// <summary>What a step is for in the method: the four layers in order, then the alternatives and tools.</summary>
public enum StepRole
{
    Warm,
    Knead,
    Release,
    Strip,
    Alternative,
    Tool,
}
