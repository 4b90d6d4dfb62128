using System.Globalization;

namespace Soleus.Web.Pages;

/// <summary>
/// The reader's clock: the instants a page writes (kept in UTC) as dates and times in the reader's time zone, the one
/// kept with a signed-in person's account, or UTC. A time says which zone it is in. (The browser's local-times.js
/// then shows each time in the zone of the device in hand, which is the same one unless the person has travelled.)
/// </summary>
public sealed record LocalClock(TimeZoneInfo Zone)
{
    /// <summary>The hidden form field that local-times.js fills with the browser's time zone, kept for a signed-in person.</summary>
    public const string Field = "timeZone";

    public static LocalClock Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>"UTC", or the zone by its place: "America/New_York" is "New York time".</summary>
    public string Name => Zone.Id is "UTC" or "Etc/UTC" ? "UTC" : $"{Zone.Id[(Zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ')} time";

    public DateTimeOffset Of(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"3 December 2026", the day in the reader's zone.</summary>
    public string Date(DateTimeOffset at) => Labels.Date(DateOnly.FromDateTime(Of(at).DateTime));

    /// <summary>"2026-12-03", the day in the reader's zone, as a time element's value.</summary>
    public string IsoDate(DateTimeOffset at) => Of(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"3 December 2026, 09:30 New York time".</summary>
    public string DateTime(DateTimeOffset at) => $"{Date(at)}, {Of(at).ToString("HH:mm", CultureInfo.InvariantCulture)} {Name}";
}
