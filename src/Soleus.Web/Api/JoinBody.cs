namespace Soleus.Web.Api;

/// <summary>Joining a practice: the invitation's code, the invited email and a password (a new account's, or the account's own).</summary>
public sealed record JoinBody(string Code, string Email, string Password);
