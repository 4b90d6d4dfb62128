using System.Net;
using Soleus.Web.Hosting;

namespace Soleus.Web.Tests.Reminders;

/// <summary>The calendar feed's rate limit, on a host of its own so no other test's fetches count.</summary>
public sealed class CalendarFeedLimitTests : IDisposable
{
    private readonly SoleusFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Feed_FetchedOverTwiceTheMinutesLimit_429WithRetryAfter()
    {
        var client = factory.Client();
        var answers = new List<HttpResponseMessage>();

        // Twice the limit and one more: however a window's edge splits them, one window gets more than it allows.
        for (var i = 0; i < 2 * AccountServices.CalendarFeedsPerMinute + 1; i++)
        {
            answers.Add(await client.GetAsync($"/calendar/{new string('A', 43)}.ics"));
        }

        Assert.Equal(HttpStatusCode.NotFound, answers[0].StatusCode);
        var refused = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
    }
}
