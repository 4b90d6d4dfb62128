namespace Soleus.Domain.Progress;

/// <summary>One session's ratings for one leg: when it started, and tightness and pain before and after (0–10).</summary>
public sealed record TrendPoint(DateTimeOffset At, int TightnessBefore, int? TightnessAfter, int PainBefore, int? PainAfter);
