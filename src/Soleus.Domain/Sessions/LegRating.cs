using Soleus.Domain.Protocols;

namespace Soleus.Domain.Sessions;

/// <summary>How one leg felt, 0 (none) to 10 (worst), before and after a session; after is null when not given.</summary>
public sealed record LegRating(Leg Leg, int TightnessBefore, int PainBefore, int? TightnessAfter = null, int? PainAfter = null);
