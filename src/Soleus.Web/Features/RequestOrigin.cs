namespace Soleus.Web.Features;

/// <summary>Where a request came from, as the audit trail records it: the client's address and nothing more.</summary>
public sealed record RequestOrigin(string? Address);
