namespace Soleus.Web.Api;

/// <summary>The body of DELETE /api/account: the password, checked again before everything goes.</summary>
public sealed record PasswordBody(string? Password);
