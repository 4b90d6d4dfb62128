using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Soleus.Web.Features.Reminders;

/// <summary>
/// The iCalendar a feed serves: one weekly event, "Calf session", on the schedule's days at its time in the person's
/// zone (with the zone's VTIMEZONE), and a link to the questions that start a session. No health value goes in it.
/// </summary>
public static class CalendarFeed
{
    public const string Summary = "Calf session";

    /// <summary>How long the event lasts in the calendar: about a session of both calves.</summary>
    public static TimeSpan Length { get; } = TimeSpan.FromMinutes(20);

    /// <param name="since">When the schedule changed: the first event is on or after that day.</param>
    public static string Write(ReminderSchedule? schedule, TimeZoneInfo zone, Guid eventId, DateTimeOffset since, Uri start)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(start);
        var calendar = new Calendar { ProductId = "-//Soleus//Calf session reminders//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Soleus");
        if (schedule is not null)
        {
            var tzId = zone.Id;
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(tzId));
            var first = First(schedule, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(since, zone).DateTime));
            var begins = new CalDateTime(first, schedule.At, tzId);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{eventId}@soleus",
                DtStamp = new CalDateTime(since.UtcDateTime),
                Summary = Summary,
                Description = $"Time for your calf session. Open Soleus: {start.AbsoluteUri}",
                Url = start,
                DtStart = begins,
                DtEnd = begins.AddMinutes((int)Length.TotalMinutes),
                RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly) { ByDay = [.. schedule.Days.Select(d => new WeekDay(d))] },
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static DateOnly First(ReminderSchedule schedule, DateOnly from) =>
        Enumerable.Range(0, 7).Select(from.AddDays).First(d => schedule.Days.Contains(d.DayOfWeek));
}
