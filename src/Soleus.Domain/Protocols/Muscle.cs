namespace Soleus.Domain.Protocols;

/// <summary>A calf muscle and what points to it: depth, knee position during effort, the activities that load it.</summary>
public sealed record Muscle(
    string Id,
    string Name,
    string Depth,
    string KneePosition,
    IReadOnlyList<string> Activities,
    string Location,
    IReadOnlyList<string> ReachedBy,
    string Description,
    IReadOnlyList<string> Sources);
