using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// The person's sessions (with their own notes) and tightness charts over a chosen period (1, 3 or 12 months; 3 unless chosen), the tender
/// spots of the last four weeks, and the referral advice, which always reads the whole last year as
/// <c>GET /api/progress</c> does.
/// </summary>
[Authorize]
public sealed class HistoryModel(SoleusDb db, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public const int DefaultMonths = 3;

    public static IReadOnlyList<int> Periods { get; } = [1, DefaultMonths, 12];

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The period asked for in the address, in months.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Months { get; set; }

    /// <summary>The period shown, in months: one of <see cref="Periods"/>.</summary>
    public int PeriodMonths { get; private set; } = DefaultMonths;

    /// <summary>Set when the address asked for a period that is not offered, which is then replaced by the default.</summary>
    public bool UnknownPeriod { get; private set; }

    /// <summary>The period's sessions, newest first.</summary>
    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    /// <summary>The person's notes on the period's sessions, by client id.</summary>
    public IReadOnlyDictionary<Guid, string> Notes { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<LegTrend> Trends { get; private set; } = [];

    public IReadOnlyList<SpotCount> Spots { get; private set; } = [];

    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Months is not null)
        {
            var known = int.TryParse(Months, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && Periods.Contains(months);
            (PeriodMonths, UnknownPeriod) = known ? (months, false) : (DefaultMonths, true);
        }

        var now = time.GetUtcNow();
        var accountId = User.AccountId();
        var since = now.AddMonths(-PeriodMonths);
        var year = await ProgressApi.Records(db, accountId, now);
        var shown = year.Where(r => r.StartedAt >= since).ToList();
        Notes = await db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).NotesAsync();
        Trends = ProgressTrends.For(shown);
        Spots = ProgressApi.RecentSpots(year, now);
        Referrals = ReferralRules.Evaluate(Questionnaire, year, now);
        Sessions = [.. shown.OrderByDescending(r => r.StartedAt)];
    }

    /// <summary>"the last month", "the last 3 months".</summary>
    public static string PeriodName(int months) => months == 1 ? "the last month" : $"the last {months} months";
}
