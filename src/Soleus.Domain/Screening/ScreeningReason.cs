using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>One answer that shaped the verdict: the question, the leg where it was asked per leg, and what it means.</summary>
public sealed record ScreeningReason(string QuestionId, Verdict Verdict, string Message, Leg? Leg = null);
