namespace Soleus.Web.Data;

/// <summary>
/// A person's consent that a clinician sees their sessions, from the moment they agreed until either side ended it
/// (<see cref="EndedAt"/>). An ended link is kept, so the person can see whom they once shared with; it goes with
/// either account.
/// </summary>
public sealed class PatientLink
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Guid ClinicianId { get; set; }

    public DateTimeOffset ConsentedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
