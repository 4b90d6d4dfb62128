namespace Soleus.Web.Data;

/// <summary>
/// A person's own reminder schedule and calendar feed: the days of the week (one bit per <see cref="DayOfWeek"/>) and
/// the minute of the day, in the account's time zone; the SHA-256 hash of the feed's secret token, when there is a feed;
/// the event's id, so calendar apps update one event; and when it last changed. It goes with the account.
/// </summary>
public sealed class Reminder
{
    public Guid AccountId { get; set; }

    public int Days { get; set; }

    public int Minute { get; set; }

    public byte[]? FeedHash { get; set; }

    public Guid EventId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
