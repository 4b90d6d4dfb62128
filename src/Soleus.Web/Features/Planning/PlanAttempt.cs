using Soleus.Domain.Planning;
using Soleus.Domain.Screening;

namespace Soleus.Web.Features.Planning;

/// <summary>
/// A screening and the plan it led to: the plan and its timeline when <see cref="Result"/> is planned, otherwise the
/// refusal (the screening's verdict, or the choices' problems by field).
/// </summary>
public sealed record PlanAttempt(ScreeningResult Screening, PlanResult Result, Timeline? Timeline);
