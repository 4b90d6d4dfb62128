using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Progress;

/// <summary>
/// What a person's sessions say at one instant: how many sessions in the last <see cref="Window"/>, the trends per
/// leg over them, the tender spots of the last <see cref="SpotsWindow"/>, and the referral advice.
/// </summary>
public sealed record ProgressReport(int Sessions, IReadOnlyList<LegTrend> Trends, IReadOnlyList<SpotCount> TenderSpots, IReadOnlyList<Referral> Referrals)
{
    /// <summary>How far back progress and the referral rules look.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromDays(365);

    /// <summary>How far back the tender-spot map looks.</summary>
    public static TimeSpan SpotsWindow { get; } = TimeSpan.FromDays(28);

    /// <summary>
    /// Every span the report measures back from <c>now</c>: a record's start plus any of them is an instant at which
    /// the report can change (the record enters or leaves a window); between two such instants it cannot.
    /// </summary>
    public static IReadOnlyList<TimeSpan> Edges { get; } = [TimeSpan.Zero, ReferralRules.Week, ReferralRules.Window, SpotsWindow, Window];

    /// <summary>The report at <paramref name="now"/> from the person's records (any older than the window are left out).</summary>
    public static ProgressReport For(Questionnaire questionnaire, IReadOnlyList<SessionRecord> records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var year = records.Where(r => r.StartedAt >= now - Window).ToList();
        return new(year.Count, ProgressTrends.For(year), SpotCount.Tally(year.Where(r => r.StartedAt >= now - SpotsWindow)), ReferralRules.Evaluate(questionnaire, year, now));
    }

    /// <summary>
    /// The instant until which (not included) <see cref="For"/> gives the same report as at <paramref name="now"/>: the
    /// nearest edge at or after <paramref name="now"/> (<see cref="DateTimeOffset.MaxValue"/> when none lies ahead).
    /// Windows include both ends, so a record leaves one just after its edge: an edge at <paramref name="now"/> itself
    /// counts, and then the report stands for no later instant.
    /// </summary>
    public static DateTimeOffset StableUntil(IReadOnlyList<SessionRecord> records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var until = DateTimeOffset.MaxValue;
        foreach (var record in records)
        {
            foreach (var edge in Edges)
            {
                if (record.StartedAt <= DateTimeOffset.MaxValue - edge && record.StartedAt + edge is var at && at >= now && at < until)
                {
                    until = at;
                }
            }
        }

        return until;
    }
}
