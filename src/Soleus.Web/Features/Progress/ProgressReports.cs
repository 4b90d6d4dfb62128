using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;
using Soleus.Web.Features.Profile;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// What a person's sessions say: the progress report of the API, the history page and the summary for a
/// physiotherapist. Trends, tallies and referral rules are the domain's; this reads the records they need.
/// </summary>
public sealed class ProgressReports(SoleusDb db, Questionnaire questionnaire, Profiles profiles, RecordsCache cache)
{
    /// <summary>The periods the history page offers, in months.</summary>
    public static IReadOnlyList<int> HistoryMonths { get; } = [1, 3, 12];

    public const int DefaultHistoryMonths = 3;

    /// <summary>The person's session records of the last year, oldest first (through the <see cref="RecordsCache"/>).</summary>
    public async Task<List<SessionRecord>> Records(Guid accountId, DateTimeOffset now) =>
        (await cache.Current(db, accountId, now - ProgressReport.Window)).From(now - ProgressReport.Window);

    /// <summary>The progress report at <paramref name="now"/>, made again only when the records or a window edge call for it.</summary>
    public async Task<ProgressReport> Report(Guid accountId, DateTimeOffset now) =>
        (await cache.Current(db, accountId, now - ProgressReport.Window)).Report(questionnaire, now);

    /// <summary>
    /// Each person's records that started at <paramref name="recordsFrom"/> or later (within the last year) and progress
    /// report, as <see cref="Records"/> and <see cref="Report"/> give them one by one, read for all of them at once.
    /// </summary>
    public async Task<Dictionary<Guid, (List<SessionRecord> Records, ProgressReport Report)>> Each(IReadOnlyCollection<Guid> accountIds, DateTimeOffset recordsFrom, DateTimeOffset now)
    {
        var from = recordsFrom > now - ProgressReport.Window ? recordsFrom : now - ProgressReport.Window;
        return (await cache.Current(db, accountIds, now - ProgressReport.Window))
            .ToDictionary(p => p.Key, p => (p.Value.From(from), p.Value.Report(questionnaire, now)));
    }

    /// <summary>The history over the last <paramref name="months"/> months (one of <see cref="HistoryMonths"/>).</summary>
    public async Task<History> History(Guid accountId, int months, DateTimeOffset now)
    {
        if (!HistoryMonths.Contains(months))
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "The history shows 1, 3 or 12 months.");
        }

        var since = now.AddMonths(-months);
        var year = await Records(accountId, now);
        var shown = year.Where(r => r.StartedAt >= since).ToList();
        var notes = await db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).NotesAsync();
        return new(months, [.. shown.OrderByDescending(r => r.StartedAt)], notes, ProgressTrends.For(shown), RecentSpots(year, now),
            ReferralRules.Evaluate(questionnaire, year, now));
    }

    public async Task<Summary> Summary(Guid accountId, ReportPeriod period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        var email = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Email).SingleAsync();
        var profile = await profiles.Load(accountId);
        List<(Question, Answer)> flags = profile is null
            ? []
            : [.. questionnaire.ProfileQuestions.Where(q => profile.Answers.TryGetValue(q.Id, out var a) && a != Answer.No).Select(q => (q, profile.Answers[q.Id]))];
        var events = await db.ScreeningEvents.AsNoTracking().Where(e => e.AccountId == accountId && e.At >= start && e.At < end).OrderBy(e => e.At).ToListAsync();
        var sessions = db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= start && s.StartedAt < end);
        var records = await sessions.ToRecordsAsync();
        var referralsAt = end < now ? end : now;
        return new(
            period,
            email,
            profile,
            flags,
            [.. events.Select(e => new KeptScreening(e.At, WireNames.Parse<Verdict>(e.Verdict), e.Verdict, ReadReasons(e.Reasons)))],
            records,
            await sessions.NotesAsync(),
            [.. ProgressTrends.For(records).Select(t => (t, LegSummary.Of(t)))],
            SpotCount.Tally(records),
            ReferralRules.Evaluate(questionnaire, records, referralsAt),
            referralsAt);
    }

    /// <summary>The tender spots of the last <see cref="ProgressReport.SpotsWindow"/>, the most marked first.</summary>
    private static List<SpotCount> RecentSpots(IEnumerable<SessionRecord> records, DateTimeOffset now) =>
        SpotCount.Tally(records.Where(r => r.StartedAt >= now - ProgressReport.SpotsWindow));

    private static List<ScreeningReason>? ReadReasons(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ScreeningReason>>(json, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
