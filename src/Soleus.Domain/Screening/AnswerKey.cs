using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>Which question an answer is for, and which leg for a per-leg question (null otherwise).</summary>
public readonly record struct AnswerKey(string QuestionId, Leg? Leg = null);
