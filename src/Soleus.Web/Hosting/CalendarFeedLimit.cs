using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Soleus.Web.Hosting;

/// <summary>
/// The calendar feed's rate limit: each client address may fetch feeds <see cref="PerMinute"/> times a minute. Calendar
/// apps fetch a feed every few hours, so only a flood (or someone trying addresses) meets it; it answers 429 with Retry-After.
/// </summary>
public sealed class CalendarFeedLimit : IRateLimiterPolicy<string>
{
    public const int PerMinute = 30;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
