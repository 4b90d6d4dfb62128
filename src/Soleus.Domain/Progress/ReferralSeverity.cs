namespace Soleus.Domain.Progress;

/// <summary>How firmly a referral sends the person to a professional, the firmest first.</summary>
public enum ReferralSeverity
{
    /// <summary>No more self-massage until a professional has advised.</summary>
    ProfessionalFirst,

    /// <summary>Book an assessment with a physiotherapist or doctor; self-care is not the whole answer.</summary>
    SeeProfessional,
}
