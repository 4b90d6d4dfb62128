using Soleus.Domain.Progress;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// A linked person on the clinician's patient list: sessions in the last seven days against their weekly average over
/// the four weeks before, safety stops of the last four weeks (stopped screenings and sessions stopped for a safety
/// reason), the referral rules that fire now, and the sessions a week of their assigned plan if one applies.
/// </summary>
public sealed record PatientRow(Guid PersonId, string Email, DateTimeOffset ConsentedAt, int SessionsLastWeek, double WeeklyBefore, int Stops, IReadOnlyList<Referral> Referrals)
{
    /// <summary>The sessions a week of the plan that applies to the person, or null when none does.</summary>
    public int? SessionsAWeek { get; init; }

    /// <summary>How far the last week fell short of the weekly average before it (0 when it did not).</summary>
    public double Fall => Math.Max(0, WeeklyBefore - SessionsLastWeek);

    /// <summary>True when the person needs a look: a stop, a referral rule, or fewer sessions than before.</summary>
    public bool NeedsAttention => Stops > 0 || Referrals.Count > 0 || Fall > 0;
}
