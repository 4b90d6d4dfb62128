using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// Everything the summary for a physiotherapist shows over a period: who, the health profile and its flags (answers
/// other than no), the screenings that stopped or limited a session, the sessions and notes, the trends and their
/// figures per leg, the tender spots, and the referral advice as of the period's end (or now, if sooner).
/// </summary>
public sealed record Summary(
    ReportPeriod Period,
    string Email,
    HealthProfile? Profile,
    IReadOnlyList<(Question Question, Answer Answer)> Flags,
    IReadOnlyList<KeptScreening> Stops,
    IReadOnlyList<SessionRecord> Sessions,
    IReadOnlyDictionary<Guid, string> Notes,
    IReadOnlyList<(LegTrend Trend, LegSummary Figures)> Trends,
    IReadOnlyList<SpotCount> Spots,
    IReadOnlyList<Referral> Referrals,
    DateTimeOffset ReferralsAt);
