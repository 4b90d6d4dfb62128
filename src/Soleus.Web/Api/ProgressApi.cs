using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Api;

public static class ProgressApi
{
    /// <summary>How far back progress looks.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromDays(365);

    /// <summary>How far back the tender-spot map looks.</summary>
    public static TimeSpan SpotsWindow { get; } = TimeSpan.FromDays(28);

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/progress", Get).RequireAuthorization().WithName("GetProgress")
            .WithSummary("Trends per leg over the last year, the tender spots of the last four weeks, and the referral advice.");
        return app;
    }

    /// <summary>The person's session records of the last year, oldest first.</summary>
    public static async Task<List<SessionRecord>> Records(SoleusDb db, Guid accountId, DateTimeOffset now)
    {
        var since = now - Window;
        return await db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).ToRecordsAsync();
    }

    public static ProgressReport Report(Questionnaire questionnaire, IReadOnlyList<SessionRecord> records, DateTimeOffset now) =>
        new(records.Count, ProgressTrends.For(records), RecentSpots(records, now), ReferralRules.Evaluate(questionnaire, records, now));

    /// <summary>The tender spots of the last <see cref="SpotsWindow"/>, the most marked first.</summary>
    public static List<SpotCount> RecentSpots(IEnumerable<SessionRecord> records, DateTimeOffset now) =>
        SpotCount.Tally(records.Where(r => r.StartedAt >= now - SpotsWindow));

    private static async Task<Ok<ProgressReport>> Get(HttpContext context, SoleusDb db, Questionnaire questionnaire, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var records = await Records(db, context.User.AccountId(), now);
        return TypedResults.Ok(Report(questionnaire, records, now));
    }
}
