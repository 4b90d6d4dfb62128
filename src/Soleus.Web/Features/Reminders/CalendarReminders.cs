using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Web.Data;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Practice;

namespace Soleus.Web.Features.Reminders;

/// <summary>
/// A person's own reminder schedule, and the calendar feed that carries it to their calendar app at a secret address:
/// set the schedule, make a new address (the old one stops), turn the feed off, and serve the feed to whoever holds
/// the address, which needs no sign-in: the address is the credential. A person with no schedule of their own and a
/// clinician's plan that applies gets the schedule the plan suggests (<see cref="ReminderSchedule.FromPlan"/>), until
/// they set one.
/// </summary>
public sealed class CalendarReminders(SoleusDb db, Links links)
{
    /// <summary>
    /// The person's schedule (their own, else their clinician's plan's, else null), whether it is taken from the plan, and
    /// whether a feed address is live.
    /// </summary>
    public async Task<(ReminderSchedule? Schedule, bool FromPlan, bool HasFeed)> Find(Guid accountId)
    {
        var reminder = await db.Reminders.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == accountId);
        var own = reminder is null ? null : ReminderSchedule.FromStored(reminder.Days, reminder.Minute);
        var planned = own is null ? await Planned(accountId) : null;
        return (own ?? planned, planned is not null, reminder?.FeedHash is not null);
    }

    public async Task<Checked<ReminderSchedule>> SetSchedule(Guid accountId, IReadOnlyList<string?>? days, string? time, DateTimeOffset now)
    {
        var schedule = ReminderSchedule.Check(days, time);
        if (schedule.IsValid)
        {
            var reminder = await Row(accountId, now);
            reminder.Days = schedule.Value.Bits;
            reminder.Minute = schedule.Value.At.Hour * 60 + schedule.Value.At.Minute;
            await db.SaveChangesAsync();
        }

        return schedule;
    }

    /// <summary>Makes a new secret feed token, which replaces any before it, audits it, and returns it: it is shown this once.</summary>
    public async Task<string> NewFeed(Guid accountId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var token = FeedToken.New();
        var reminder = await Row(accountId, now);
        reminder.FeedHash = FeedToken.Hash(token);
        Audit.Add(db, Audit.CalendarFeedMade, accountId, null, origin.Address, now);
        await db.SaveChangesAsync();
        return token;
    }

    public Task StopFeed(Guid accountId) =>
        db.Reminders.Where(r => r.AccountId == accountId).ExecuteUpdateAsync(r => r.SetProperty(x => x.FeedHash, (byte[]?)null));

    /// <summary>The iCalendar text of the feed the token opens, or null when no feed has that token.</summary>
    /// <param name="start">Where a session starts, linked from each event.</param>
    public async Task<string?> Feed(string token, Uri start)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length != FeedToken.Length)
        {
            return null;
        }

        var hash = FeedToken.Hash(token);
        var found = await db.Reminders.AsNoTracking().Where(r => r.FeedHash == hash)
            .Join(db.Accounts, r => r.AccountId, a => a.Id, (r, a) => new { r.AccountId, r.Days, r.Minute, r.EventId, r.ChangedAt, a.TimeZone })
            .SingleOrDefaultAsync();
        return found is null
            ? null
            : CalendarFeed.Write(ReminderSchedule.FromStored(found.Days, found.Minute) ?? await Planned(found.AccountId), TimeZones.Find(found.TimeZone) ?? TimeZoneInfo.Utc, found.EventId, found.ChangedAt, start);
    }

    /// <summary>The schedule the clinician's plan that applies to the person suggests, or null when none applies.</summary>
    private async Task<ReminderSchedule?> Planned(Guid accountId) =>
        await links.PlansThatApply().Where(p => p.PersonId == accountId).Select(p => (int?)p.SessionsAWeek).SingleOrDefaultAsync() is { } sessions
            ? ReminderSchedule.FromPlan(sessions)
            : null;

    /// <summary>The person's reminder row, tracked and marked changed at <paramref name="now"/>; a new one when there is none.</summary>
    private async Task<Reminder> Row(Guid accountId, DateTimeOffset now)
    {
        var reminder = await db.Reminders.SingleOrDefaultAsync(r => r.AccountId == accountId);
        if (reminder is null)
        {
            reminder = new Reminder { AccountId = accountId, EventId = Guid.NewGuid() };
            db.Reminders.Add(reminder);
        }

        reminder.ChangedAt = now;
        return reminder;
    }
}
