using Soleus.Domain.Screening;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// What a linked clinician sees before recording a clearance: the person's email, the reasons a clearance may lift with
/// those standing for the person now first (<see cref="Standing"/>), and the clearances kept, newest first.
/// </summary>
public sealed record ClearancesOfPatient(string Email, IReadOnlyList<LiftableReason> Liftable, IReadOnlyList<string> Standing, IReadOnlyList<PatientClearance> Clearances);
