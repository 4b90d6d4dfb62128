namespace Soleus.Web.Features.Practice;

/// <summary>A link as the person sees it: with whom, at which practice, since when, and when it ended if it did.</summary>
public sealed record PersonLink(Guid Id, string ClinicianEmail, string PracticeName, DateTimeOffset ConsentedAt, DateTimeOffset? EndedAt);
