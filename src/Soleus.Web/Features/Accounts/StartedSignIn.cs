namespace Soleus.Web.Features.Accounts;

/// <summary>A sign-in just opened: the account, and the sign-in session its cookie will name.</summary>
public sealed record StartedSignIn(Guid AccountId, Guid SessionId);
