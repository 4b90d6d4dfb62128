namespace Soleus.Domain.Screening;

/// <summary>What a verdict means for the person, shown above the reasons: a short title and what to do now.</summary>
public sealed record VerdictAdvice(Verdict Verdict, string Title, string Text);
