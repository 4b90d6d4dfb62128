namespace Soleus.Web.Features.Accounts;

/// <summary>A passkey as the account page lists it: its name and dates, and the id that removes it.</summary>
public sealed record PasskeyFacts(long Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
