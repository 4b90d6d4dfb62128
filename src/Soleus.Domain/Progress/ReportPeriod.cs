using System.Globalization;
using System.Text.Json.Serialization;
using Soleus.Domain.Checks;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Progress;

/// <summary>
/// The days a report covers, first to last, both whole days in the reader's <see cref="Zone"/> (UTC unless given).
/// Unless chosen, the last day is today and the period is <see cref="DefaultDays"/> long. Both days lie from
/// <see cref="Earliest"/> to today, the first on or before the last.
/// </summary>
public sealed record ReportPeriod(DateOnly First, DateOnly Last)
{
    public const int DefaultDays = 90;

    public static DateOnly Earliest { get; } = DateOnly.FromDateTime(RecordedTimes.Earliest.UtcDateTime);

    /// <summary>The reader's zone, which the days are read in; not part of the period's wire form.</summary>
    [JsonIgnore]
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public DateTimeOffset Start => StartOf(First);

    /// <summary>The first instant after the period: the start of the day after the last, in the zone.</summary>
    public DateTimeOffset End => StartOf(Last.AddDays(1));

    /// <summary>Today in <paramref name="zone"/> at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>When <paramref name="day"/> begins in the zone: at midnight, or where a clock skips midnight, at the first time it shows.</summary>
    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The default period, <see cref="DefaultDays"/> days to today, in the reader's <paramref name="zone"/>.</summary>
    public static ReportPeriod Recent(DateTimeOffset now, TimeZoneInfo zone) => Fallback(null, Today(now, zone)) with { Zone = zone };

    /// <summary>
    /// The period shown when the one chosen cannot be: the default length, ending on the chosen last day when that day
    /// is allowed, otherwise today.
    /// </summary>
    public static ReportPeriod Fallback(DateOnly? last, DateOnly today)
    {
        var end = last is { } given && given >= Earliest && given <= today ? given : today;
        return new(end.AddDays(-(DefaultDays - 1)), end);
    }

    /// <summary>The period chosen, or the problems with it by field ("from", "to").</summary>
    public static Checked<ReportPeriod> Choose(DateOnly? first, DateOnly? last, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        var range = $"Choose a day from {Earliest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to today.";
        foreach (var (field, day) in new[] { ("from", first), ("to", last) })
        {
            if (day is { } given && (given < Earliest || given > today))
            {
                problems.Add(new(field, range));
            }
        }

        if (problems.Count > 0)
        {
            // A day outside the range may be a calendar end, with no room for the default length before it.
            return Checked.Invalid<ReportPeriod>(problems);
        }

        var end = last ?? today;
        var start = first ?? end.AddDays(-(DefaultDays - 1));
        if (start > end)
        {
            problems.Add(new("from", "The start date must be on or before the end date."));
        }

        return Checked.From(problems, () => new ReportPeriod(start, end));
    }
}
