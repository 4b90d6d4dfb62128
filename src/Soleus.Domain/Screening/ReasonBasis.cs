namespace Soleus.Domain.Screening;

/// <summary>Why a question counted as a yes: the answer given, no answer, or a health profile that cannot be used.</summary>
public enum ReasonBasis
{
    /// <summary>The person answered yes.</summary>
    Yes,

    /// <summary>The person answered "not sure", which counts as yes.</summary>
    NotSure,

    /// <summary>The question was not answered, which counts as "not sure", so as yes.</summary>
    Unanswered,

    /// <summary>There is no health profile: every profile question counts as "not sure".</summary>
    ProfileMissing,

    /// <summary>The health profile is as old as its expiry or older: every profile question counts as "not sure".</summary>
    ProfileExpired,

    /// <summary>A referral rule fired on the person's session history and asks for a professional first.</summary>
    History,
}
