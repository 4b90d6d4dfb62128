using Soleus.Domain.Checks;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Planning;

/// <summary>Why no plan was made. <see cref="Problems"/> names the fields to put right (none when the screening is the reason).</summary>
public sealed record PlanRefusal(PlanRefusalKind Kind, string Message, IReadOnlyList<FieldProblem> Problems, Verdict? Verdict = null);
