using Soleus.Domain.Screening;

namespace Soleus.Domain.Planning;

/// <summary>Why no plan was made. <see cref="MinutesNeeded"/> is set when the time asked is too short.</summary>
public sealed record PlanRefusal(PlanRefusalKind Kind, string Message, Verdict? Verdict = null, int? MinutesNeeded = null, string? Field = null);
