namespace Soleus.Web.Api;

/// <summary>PUT /api/reminders: the days ("monday" … "sunday") and the time ("HH:mm", in the account's time zone).</summary>
public sealed record ScheduleBody(IReadOnlyList<string?>? Days, string? Time);
