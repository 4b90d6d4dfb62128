namespace Soleus.Web.Data;

/// <summary>A screening a signed-in person took, kept so the summary for a physiotherapist can show what stopped a session.</summary>
public sealed class ScreeningEvent
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Verdict { get; set; }

    public required string Reasons { get; set; }
}
