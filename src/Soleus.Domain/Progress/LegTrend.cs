using Soleus.Domain.Protocols;

namespace Soleus.Domain.Progress;

/// <summary>How one leg has felt over time, oldest session first.</summary>
public sealed record LegTrend(Leg Leg, IReadOnlyList<TrendPoint> Points);
