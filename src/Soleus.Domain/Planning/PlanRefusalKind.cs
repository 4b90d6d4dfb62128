namespace Soleus.Domain.Planning;

public enum PlanRefusalKind
{
    /// <summary>The screening does not allow a session (or leaves no leg to massage).</summary>
    Screening,

    /// <summary>The minutes asked per calf are fewer than the four layers need at their minimums.</summary>
    TooLittleTime,

    /// <summary>The request itself is not valid (an unknown id, no leg, an emphasis that cannot be derived).</summary>
    InvalidRequest,
}
