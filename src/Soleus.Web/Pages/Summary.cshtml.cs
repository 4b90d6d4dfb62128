using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Progress;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// A printable summary for a physiotherapist over a chosen period (the last 90 days unless chosen): the health
/// profile's flags, the screenings that stopped or limited a session, the sessions, the trends, the tender spots and
/// the referral advice. The print stylesheet turns it into clean pages; the browser saves it as a PDF.
/// </summary>
[Authorize]
public sealed class SummaryModel(Questionnaire questionnaire, ProgressReports progress, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    private const string DateFormat = "yyyy-MM-dd";

    public Questionnaire Questionnaire { get; } = questionnaire;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public FormErrors Errors { get; } = new();

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public Summary Summary { get; private set; } = null!;

    /// <summary>The reader's clock, for the dates and times of what happened.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public async Task OnGetAsync()
    {
        Clock = new(await accounts.TimeZone(account.Required));
        var today = ReportPeriod.Today(Now, Clock.Zone);
        var last = Parse(To, "to");
        var chosen = ReportPeriod.Choose(Parse(From, "from"), last, today);
        Errors.Add(chosen.Problems);
        var period = (Errors.Any ? ReportPeriod.Fallback(last, today) : chosen.Value!) with { Zone = Clock.Zone };
        (From, To) = (Format(period.First), Format(period.Last));
        Summary = await progress.Summary(account.Required, period, Now);
    }

    public static string Format(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private DateOnly? Parse(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(field, "Enter a date as year-month-day, for example 2026-03-31.");
        return null;
    }
}
