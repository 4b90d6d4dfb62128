using Soleus.Domain.Progress;

namespace Soleus.Web.Features.Progress;

/// <summary>GET /api/progress: the session count, the trends per leg, the tender spots and the referral advice.</summary>
public sealed record ProgressReport(int Sessions, IReadOnlyList<LegTrend> Trends, IReadOnlyList<SpotCount> TenderSpots, IReadOnlyList<Referral> Referrals);
