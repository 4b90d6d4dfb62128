namespace Soleus.Domain.Protocols;

/// <summary>An item of equipment from the pre-massage checklist.</summary>
public sealed record Equipment(string Id, string Name, bool Optional, IReadOnlyList<string> Reaches, string Description);
