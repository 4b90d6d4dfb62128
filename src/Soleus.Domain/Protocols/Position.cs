namespace Soleus.Domain.Protocols;

/// <summary>A body position for self-massage and what it is best for.</summary>
public sealed record Position(string Id, string Name, string BestFor, IReadOnlyList<string> Instructions);
