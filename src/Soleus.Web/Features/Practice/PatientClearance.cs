using Soleus.Domain.Screening;

namespace Soleus.Web.Features.Practice;

/// <summary>A clearance kept for a person, with the id a clinician ends it by, and whether it holds now.</summary>
public sealed record PatientClearance(long Id, Clearance Clearance, bool Holds);
