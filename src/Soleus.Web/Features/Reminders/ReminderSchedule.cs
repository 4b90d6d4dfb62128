using System.Globalization;
using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Reminders;

/// <summary>When a person wants to be reminded: some days of the week, at one time of day in their own time zone.</summary>
public sealed record ReminderSchedule(IReadOnlyList<DayOfWeek> Days, TimeOnly At)
{
    /// <summary>The days a schedule can name, Monday first, as the API and the form name them.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public const string TimeFormat = "HH:mm";

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>"07:30", as the API and the form write it.</summary>
    public string Time => At.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The schedule the days ("monday" … "sunday", each once) and the time ("HH:mm") name, or the problems with them.</summary>
    public static Checked<ReminderSchedule> Check(IReadOnlyList<string?>? days, string? time)
    {
        var problems = new List<FieldProblem>();
        var named = (days ?? []).Select(d => Week.Cast<DayOfWeek?>().FirstOrDefault(w => Name(w!.Value) == d)).ToList();
        if (named.Count is 0 or > 7 || named.Contains(null) || named.Distinct().Count() != named.Count)
        {
            problems.Add(new("days", $"One to seven days of the week, each once: {string.Join(", ", Week.Select(Name))}."));
        }

        if (!TimeOnly.TryParseExact(time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            problems.Add(new("time", "A time of day from 00:00 to 23:59, as HH:mm."));
        }

        return Checked.From(problems, () => new ReminderSchedule([.. Week.Where(w => named.Contains(w))], at));
    }

    /// <summary>The time of day a schedule taken from a clinician's plan suggests, in the person's zone.</summary>
    public static TimeOnly PlanTime { get; } = new(18, 0);

    /// <summary>
    /// The schedule a clinician's plan suggests: its sessions a week spread evenly from Monday (3 a week: Monday,
    /// Wednesday, Friday), every day for 7 or more (a calendar reminds once a day), at <see cref="PlanTime"/>.
    /// </summary>
    public static ReminderSchedule FromPlan(int sessionsAWeek)
    {
        var count = Math.Clamp(sessionsAWeek, 1, Week.Count);
        return new([.. Enumerable.Range(0, count).Select(i => Week[i * Week.Count / count])], PlanTime);
    }

    /// <summary>The days as bits, one per <see cref="DayOfWeek"/>, as they are stored.</summary>
    public int Bits => Days.Aggregate(0, (bits, day) => bits | (1 << (int)day));

    public static ReminderSchedule? FromStored(int bits, int minute) =>
        bits == 0 ? null : new([.. Week.Where(w => (bits & (1 << (int)w)) != 0)], TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)));
}
