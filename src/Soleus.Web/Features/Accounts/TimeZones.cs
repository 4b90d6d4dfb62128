using Soleus.Web.Data;

namespace Soleus.Web.Features.Accounts;

/// <summary>Time zones as a browser names them: IANA ids ("Europe/London", "America/New_York") that the server knows.</summary>
public static class TimeZones
{
    /// <summary>The zone the id names, or null for nothing, a Windows id, or an id this server does not know.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        id is { Length: > 0 and <= Account.TimeZoneLength } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;
}
