namespace Soleus.Web.Api;

/// <summary>The code a clinician gave the person, to preview or to agree to.</summary>
public sealed record LinkCodeBody(string Code);
