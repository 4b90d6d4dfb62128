namespace Soleus.Web.Features.Progress;

/// <summary>The version of a person's session records: how many sessions have ever been stored for them (<see cref="Data.Account.SessionsSaved"/>).</summary>
public sealed record RecordsVersion(long Saved);
