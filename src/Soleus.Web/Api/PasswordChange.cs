namespace Soleus.Web.Api;

/// <summary>POST /api/account/password: the current password and the new one.</summary>
public sealed record PasswordChange(string CurrentPassword, string NewPassword);
