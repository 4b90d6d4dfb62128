namespace Soleus.Domain.Screening;

/// <summary>
/// The emergency number that texts put in place of <c>{emergencyNumber}</c>. <see cref="Note"/> explains, for the
/// host, that the local number applies; a host sets it with <see cref="Questionnaire.WithEmergencyNumber"/>.
/// </summary>
public sealed record EmergencyContact(string Number, string Note);
