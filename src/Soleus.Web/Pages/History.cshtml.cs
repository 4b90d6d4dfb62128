using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Progress;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The person's sessions (with their own notes) and tightness charts over a chosen period (1, 3 or 12 months; 3 unless
/// chosen), the tender spots of the last four weeks, and the referral advice, which always reads the whole last year
/// as <c>GET /api/progress</c> does.
/// </summary>
[Authorize]
public sealed class HistoryModel(Questionnaire questionnaire, ProgressReports progress, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The period asked for in the address, in months.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Months { get; set; }

    /// <summary>Set when the address asked for a period that is not offered, which is then replaced by the default.</summary>
    public bool UnknownPeriod { get; private set; }

    public History History { get; private set; } = null!;

    /// <summary>The reader's clock, for the sessions' dates and times.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task OnGetAsync()
    {
        var months = ProgressReports.DefaultHistoryMonths;
        if (Months is not null)
        {
            var known = int.TryParse(Months, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && ProgressReports.HistoryMonths.Contains(asked);
            (months, UnknownPeriod) = known ? (asked, false) : (months, true);
        }

        History = await progress.History(account.Required, months, time.GetUtcNow());
        Clock = new(await accounts.TimeZone(account.Required));
    }

    /// <summary>"the last month", "the last 3 months".</summary>
    public static string PeriodName(int months) => months == 1 ? "the last month" : $"the last {months} months";
}
