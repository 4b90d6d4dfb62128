using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// A printable summary for a physiotherapist over a chosen period (the last 90 days unless chosen): the health
/// profile's flags, the screenings that stopped or limited a session, the sessions, the trends, the tender spots and
/// the referral advice. The print stylesheet turns it into clean pages; the browser saves it as a PDF.
/// </summary>
[Authorize]
public sealed class SummaryModel(SoleusDb db, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public const int DefaultDays = 90;

    private const string DateFormat = "yyyy-MM-dd";

    public Questionnaire Questionnaire { get; } = questionnaire;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public FormErrors Errors { get; } = new();

    public DateTimeOffset Now { get; private set; }

    /// <summary>The first day of the period, at 00:00 UTC.</summary>
    public DateTimeOffset Start { get; private set; }

    /// <summary>The last day of the period, at 00:00 UTC (the period runs to the end of it).</summary>
    public DateTimeOffset LastDay { get; private set; }

    public string Email { get; private set; } = "";

    public HealthProfile? Profile { get; private set; }

    /// <summary>The profile questions answered yes or not sure.</summary>
    public IReadOnlyList<(Question Question, Answer Answer)> Flags { get; private set; } = [];

    public IReadOnlyList<(ScreeningEvent Event, IReadOnlyList<ScreeningReason>? Reasons)> Stops { get; private set; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    /// <summary>The person's notes on the period's sessions, by client id.</summary>
    public IReadOnlyDictionary<Guid, string> Notes { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<LegTrend> Trends { get; private set; } = [];

    public IReadOnlyList<SpotCount> Spots { get; private set; } = [];

    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    /// <summary>When the referral rules were read: the end of the period, or now if that is sooner.</summary>
    public DateTimeOffset ReferralsAt { get; private set; }

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        ChoosePeriod();
        var end = LastDay.AddDays(1);
        var accountId = User.AccountId();
        Email = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Email).SingleAsync();

        Profile = await ProfileApi.Load(db, accountId);
        Flags = Profile is null
            ? []
            : [.. Questionnaire.ProfileQuestions
                .Where(q => Profile.Answers.TryGetValue(q.Id, out var a) && a != Answer.No)
                .Select(q => (q, Profile.Answers[q.Id]))];

        var events = await db.ScreeningEvents.AsNoTracking()
            .Where(e => e.AccountId == accountId && e.At >= Start && e.At < end)
            .OrderBy(e => e.At)
            .ToListAsync();
        Stops = [.. events.Select(e => (e, ReadReasons(e.Reasons)))];

        var sessions = db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= Start && s.StartedAt < end);
        Sessions = await sessions.ToRecordsAsync();
        Notes = await sessions.NotesAsync();
        Trends = ProgressTrends.For(Sessions);
        Spots = SpotCount.Tally(Sessions);
        ReferralsAt = end < Now ? end : Now;
        Referrals = ReferralRules.Evaluate(Questionnaire, Sessions, ReferralsAt);
    }

    public static string Format(DateTimeOffset day) => day.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    private void ChoosePeriod()
    {
        var today = new DateTimeOffset(Now.UtcDateTime.Date, TimeSpan.Zero);
        var to = Parse(To, "to") ?? today;
        var from = Parse(From, "from") ?? to.AddDays(-(DefaultDays - 1));
        if (from > to)
        {
            Errors.Add("from", "The start date must be on or before the end date.");
            from = to.AddDays(-(DefaultDays - 1));
        }

        (Start, LastDay) = (from, to);
        (From, To) = (Format(from), Format(to));
    }

    private DateTimeOffset? Parse(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        Errors.Add(field, "Enter a date as year-month-day, for example 2026-03-31.");
        return null;
    }

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

    /// <summary>The question's text, or for a reason about the whole profile, a short name of it.</summary>
    public string ReasonQuestion(ScreeningReason reason) => reason.QuestionId switch
    {
        Screener.ProfileMissingId => "No health profile",
        Screener.ProfileExpiredId => "Health profile expired",
        Screener.ProfileChangedId => Questionnaire.Profile.ChangedQuestion,
        _ => Questionnaire.Questions.FirstOrDefault(q => q.Id == reason.QuestionId)?.Text ?? reason.QuestionId,
    };

    public static string AnswerText(Answer answer) => answer switch
    {
        Answer.Yes => "Yes",
        Answer.No => "No",
        Answer.NotSure => "Not sure",
    };

    public static string Basis(ReasonBasis basis) => basis switch
    {
        ReasonBasis.Yes => "Yes",
        ReasonBasis.NotSure => "Not sure",
        ReasonBasis.Unanswered => "Not answered",
        ReasonBasis.ProfileMissing => "No health profile",
        ReasonBasis.ProfileExpired => "Health profile expired",
        ReasonBasis.History => "Session history",
    };

    /// <summary>The verdict stored as text ("seek-care"), read back; null if it is not one Soleus knows.</summary>
    public static Verdict? ParseVerdict(string stored)
    {
        try
        {
            return JsonSerializer.Deserialize<Verdict>($"\"{stored}\"", ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static double? Average(IEnumerable<int?> values)
    {
        var list = values.OfType<int>().ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1);
    }

}
