using Soleus.Web.Features.Reminders;

namespace Soleus.Web.Api;

/// <summary>
/// GET /api/reminders: the schedule (days and time, null when none is set), whether it is the one a clinician's plan
/// suggests (until the person sets their own), the time zone it is in, and whether a feed is live.
/// </summary>
public sealed record RemindersAnswer(IReadOnlyList<string>? Days, string? Time, bool FromPlan, string TimeZone, bool Feed)
{
    public static RemindersAnswer From(ReminderSchedule? schedule, bool fromPlan, TimeZoneInfo zone, bool feed)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new(schedule?.Days.Select(ReminderSchedule.Name).ToList(), schedule?.Time, fromPlan, zone.Id, feed);
    }
}
