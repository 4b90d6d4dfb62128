namespace Soleus.Domain.Screening;

/// <summary>A reason a clearance answered, so the person sees who cleared them, for what, and until when.</summary>
public sealed record LiftedReason(ScreeningReason Reason, Clearance By);
