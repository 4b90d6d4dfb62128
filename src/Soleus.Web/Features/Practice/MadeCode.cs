namespace Soleus.Web.Features.Practice;

/// <summary>A code just made, in plain text: the only time it exists outside its hash. It is void after <see cref="ExpiresAt"/>.</summary>
public sealed record MadeCode(Guid Id, string Code, DateTimeOffset ExpiresAt);
