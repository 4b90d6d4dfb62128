namespace Soleus.Domain.Screening;

/// <summary>
/// The emergency number that texts put in place of <c>{emergencyNumber}</c>, and the one instruction every message
/// about a possible clot gives (<see cref="ClotInstruction"/>, in place of <c>{clotInstruction}</c>). <see cref="Note"/>
/// explains, for the host, that the local number applies; a host sets it with <see cref="Questionnaire.WithEmergencyNumber"/>.
/// </summary>
public sealed record EmergencyContact(string Number, string Note, string ClotInstruction);
