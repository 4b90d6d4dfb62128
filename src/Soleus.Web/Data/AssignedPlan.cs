namespace Soleus.Web.Data;

/// <summary>
/// The plan a linked clinician set for a person, one per person (the latest replaces the one before): the plan's
/// choices as the plan builder takes them (<see cref="Choices"/>, the same JSON as <see cref="Account.LastPlan"/>), how
/// many sessions a week, who set it and when. It applies only while the clinician's link with the person stands; it
/// goes with either account.
/// </summary>
public sealed class AssignedPlan
{
    public Guid PersonId { get; set; }

    public Guid ClinicianId { get; set; }

    public string Choices { get; set; } = "";

    public int SessionsAWeek { get; set; }

    public DateTimeOffset AssignedAt { get; set; }
}
