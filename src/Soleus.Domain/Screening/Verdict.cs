namespace Soleus.Domain.Screening;

/// <summary>
/// What a screening allows, from the most serious down. Only the last two allow a session. Every sign of a possible
/// clot is an emergency: the seed gives one urgency for them, and so does Soleus.
/// </summary>
public enum Verdict
{
    Emergency,
    ProfessionalFirst,
    AvoidArea,
    Proceed,
}
