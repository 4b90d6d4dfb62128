using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;
using Soleus.Web.Features.Reminders;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages.Accounts;

/// <summary>
/// The account page: who is signed in, their practice if they belong to one, the clearances that hold for them, their
/// clinician's plan and how they keep to it, their passkeys, their reminder schedule and calendar address, and the ways
/// to change the password, sign out or delete everything.
/// </summary>
public sealed class IndexModel(AccountActions accounts, Passkeys passkeys, Practices practices, AssignedPlans assigned, CalendarReminders reminders, SafetyHistories histories, CurrentAccount account, TimeProvider time) : PageModel
{
    /// <summary>The practice the account is a member of, or null: the page then leads to it.</summary>
    public Membership? Membership { get; private set; }

    public AccountFacts? Account { get; private set; }

    /// <summary>The clearances that hold for the person now, newest first.</summary>
    public IReadOnlyList<Clearance> Clearances { get; private set; } = [];

    /// <summary>The plan a linked clinician set and the sessions of the last seven days against it; null when no plan applies.</summary>
    public (PlanFromClinician Plan, int SessionsLastWeek)? Adherence { get; private set; }

    public bool PasswordChanged { get; private set; }

    public IReadOnlyList<PasskeyFacts> PasskeyList { get; private set; } = [];

    /// <summary>What was just done to a passkey, after passkeys.js comes back here ("added" or "removed").</summary>
    public string? PasskeyNotice { get; private set; }

    /// <summary>The reader's clock, for the account's dates.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    /// <summary>The schedule's days ticked on the form: the saved ones, or the ones just sent back with a problem.</summary>
    [BindProperty]
    public List<string?>? Days { get; set; }

    /// <summary>The schedule's time on the form ("HH:mm").</summary>
    [BindProperty]
    public string? Time { get; set; }

    public bool HasFeed { get; private set; }

    /// <summary>True when the schedule shown is the one the clinician's plan suggests, not one the person set.</summary>
    public bool ScheduleFromPlan { get; private set; }

    /// <summary>The calendar address just made, shown this once.</summary>
    public FeedAddress? NewFeed { get; private set; }

    /// <summary>What was just done to the reminders ("saved" or "feed-off").</summary>
    public string? RemindersNotice { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(bool changed = false, string? passkey = null, string? reminders = null)
    {
        PasswordChanged = changed;
        PasskeyNotice = passkey switch
        {
            "added" => "Your passkey has been added. You can sign in with it next time.",
            "removed" => "The passkey has been removed. It no longer signs you in.",
            _ => null,
        };
        RemindersNotice = reminders switch
        {
            "saved" => "Your schedule is saved. A calendar that subscribes to your address shows it at its next refresh.",
            "feed-off" => "The calendar address no longer works. Remove the subscription in your calendar app to clear its reminders.",
            _ => null,
        };
        if (account.Id is { } id)
        {
            await Load(id, keepForm: false);
        }
    }

    public async Task<IActionResult> OnPostScheduleAsync()
    {
        if (account.Id is not { } id)
        {
            return Challenge();
        }

        // The form can only leave the days empty or the time blank, so its messages say what to do about that.
        Errors.Add((await reminders.SetSchedule(id, Days, Time, time.GetUtcNow())).Problems.Select(p => p with
        {
            Message = p.Field == "days" ? "Choose at least one day." : "Enter a time of day, such as 07:30.",
        }));
        if (Errors.Any)
        {
            await Load(id, keepForm: true);
            return Page();
        }

        return LocalRedirect("/account?reminders=saved#reminders-title");
    }

    public async Task<IActionResult> OnPostFeedAsync()
    {
        if (account.Id is not { } id)
        {
            return Challenge();
        }

        NewFeed = FeedAddress.For(AppAddress.Of(Request), await reminders.NewFeed(id, time.GetUtcNow(), account.Origin));
        Response.Headers.CacheControl = "no-store";
        await Load(id, keepForm: false);
        return Page();
    }

    public async Task<IActionResult> OnPostStopFeedAsync()
    {
        if (account.Id is not { } id)
        {
            return Challenge();
        }

        await reminders.StopFeed(id);
        return LocalRedirect("/account?reminders=feed-off#reminders-title");
    }

    /// <param name="keepForm">Keep the schedule just sent (to show it with its problems) rather than the saved one.</param>
    private async Task Load(Guid id, bool keepForm)
    {
        Account = await accounts.Find(id);
        PasskeyList = await passkeys.List(id);
        Membership = await practices.MembershipOf(id);
        Clearances = [.. (await histories.Of(id)).Clearances.Where(c => c.HoldsAt(time.GetUtcNow())).OrderByDescending(c => c.RecordedAt)];
        Adherence = await assigned.Adherence(id, time.GetUtcNow());
        Clock = new(await accounts.TimeZone(id));
        var (schedule, fromPlan, feed) = await reminders.Find(id);
        (HasFeed, ScheduleFromPlan) = (feed, fromPlan);
        if (!keepForm)
        {
            Days = schedule?.Days.Select(d => (string?)ReminderSchedule.Name(d)).ToList();
            Time = schedule?.Time;
        }
    }
}
