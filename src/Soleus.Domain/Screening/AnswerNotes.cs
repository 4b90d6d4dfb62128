namespace Soleus.Domain.Screening;

/// <summary>The sentence put before a reason's message when the answer was "not sure" or missing.</summary>
public sealed record AnswerNotes(string NotSure, string Unanswered);
