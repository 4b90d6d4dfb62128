namespace Soleus.Web.Features.Progress;

/// <summary>The version of a person's session records: how many sessions, and the highest row id among them.</summary>
public sealed record RecordsVersion(int Count, long Last);
