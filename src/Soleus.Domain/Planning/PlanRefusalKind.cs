namespace Soleus.Domain.Planning;

public enum PlanRefusalKind
{
    /// <summary>The screening does not allow a session (or leaves no leg to massage).</summary>
    Screening,

    /// <summary>
    /// The request itself cannot be planned: an unknown id, no leg, an emphasis that cannot be derived, minutes outside
    /// what the method allows, or a position the four layers cannot be done in.
    /// </summary>
    InvalidRequest,
}
