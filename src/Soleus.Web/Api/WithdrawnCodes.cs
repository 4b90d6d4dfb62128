namespace Soleus.Web.Api;

/// <summary>How many link codes a clinician's withdrawal ended.</summary>
public sealed record WithdrawnCodes(int Withdrawn);
