namespace Soleus.Web.Features.Practice;

/// <summary>How many sessions a person did in the seven days from <see cref="Start"/>.</summary>
public sealed record WeekCount(DateTimeOffset Start, int Sessions);
