namespace Soleus.Web.Api;

/// <summary>POST /api/reminders/feed: the new feed's secret address, shown this once (https, and webcal for calendar apps).</summary>
public sealed record FeedAddress(Uri Url, Uri Webcal);
