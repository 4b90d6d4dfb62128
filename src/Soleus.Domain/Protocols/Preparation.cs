namespace Soleus.Domain.Protocols;

/// <summary>The pre-massage checklist: warm-up, equipment, positions, the direction rule.</summary>
public sealed record Preparation(
    WarmUpAdvice WarmUp,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<Position> Positions,
    DirectionRule DirectionRule);
