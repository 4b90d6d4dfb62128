using Soleus.Web.Features.Reminders;

namespace Soleus.Web.Api;

/// <summary>GET /api/reminders: the schedule (days and time, null when none is set), the time zone it is in, and whether a feed is live.</summary>
public sealed record RemindersAnswer(IReadOnlyList<string>? Days, string? Time, string TimeZone, bool Feed)
{
    public static RemindersAnswer From(ReminderSchedule? schedule, TimeZoneInfo zone, bool feed)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new(schedule?.Days.Select(ReminderSchedule.Name).ToList(), schedule?.Time, zone.Id, feed);
    }
}
