namespace Soleus.Domain.Screening;

/// <summary>What a screening allows, from the most serious down. Only the last two allow a session.</summary>
public enum Verdict
{
    Emergency,
    SeekCare,
    ProfessionalFirst,
    AvoidArea,
    Proceed,
}
