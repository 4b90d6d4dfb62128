namespace Soleus.Domain.Protocols;

/// <summary>What to do before the first stroke to warm the body (a walk or a warm shower).</summary>
public sealed record WarmUpAdvice(FigureRange Minutes, IReadOnlyList<string> Options, string Text);
