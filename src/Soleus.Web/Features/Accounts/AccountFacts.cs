namespace Soleus.Web.Features.Accounts;

/// <summary>What the account itself holds, for the account page and an export: the email, two dates and the time zone.</summary>
public sealed record AccountFacts(string Email, DateTimeOffset CreatedAt, DateTimeOffset? DisclaimerAcceptedAt, string? TimeZone);
