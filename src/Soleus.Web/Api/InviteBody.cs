namespace Soleus.Web.Api;

/// <summary>An administrator's invitation of a clinician, by email.</summary>
public sealed record InviteBody(string Email);
