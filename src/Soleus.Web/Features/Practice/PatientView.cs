using Soleus.Web.Features.Progress;

namespace Soleus.Web.Features.Practice;

/// <summary>What a linked clinician sees of one person: who, since when, sessions per week, and the printable summary's parts.</summary>
public sealed record PatientView(Guid PersonId, string Email, DateTimeOffset ConsentedAt, IReadOnlyList<WeekCount> Weeks, Summary Summary);
