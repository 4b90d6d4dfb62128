using Soleus.Domain.Progress;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// A person's history over a period of months: its sessions (newest first) with their notes, its trends, the tender
/// spots of the last four weeks, and the referral advice, which always reads the whole last year.
/// </summary>
public sealed record History(
    int Months,
    IReadOnlyList<SessionRecord> Sessions,
    IReadOnlyDictionary<Guid, string> Notes,
    IReadOnlyList<LegTrend> Trends,
    IReadOnlyList<SpotCount> Spots,
    IReadOnlyList<Referral> Referrals);
