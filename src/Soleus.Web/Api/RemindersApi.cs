using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Reminders;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Calendar reminders: the signed-in person's schedule, their feed's secret address (made anew on each POST, which
/// stops the old one, or turned off), and the feed itself at /calendar/{token}.ics, which needs no cookie since the
/// token is the credential, is rate limited per client address, and is not audited on each fetch.
/// </summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reminders").RequireAuthorization();
        group.MapGet("/", Get).WithName("Reminders");
        group.MapPut("/", SetSchedule).WithName("SetReminderSchedule");
        group.MapPost("/feed", NewFeed).WithName("NewCalendarFeed");
        group.MapDelete("/feed", StopFeed).WithName("StopCalendarFeed");
        app.MapGet("/calendar/{token}.ics", Feed).WithName("CalendarFeed").RequireRateLimiting(AccountServices.CalendarFeedRateLimit)
            .WithSummary("The iCalendar feed of a reminder schedule, text/calendar; the token in the address is the credential.");
        return app;
    }

    private static async Task<Ok<RemindersAnswer>> Get(CalendarReminders reminders, AccountActions accounts, CurrentAccount account)
    {
        var (schedule, fromPlan, feed) = await reminders.Find(account.Required);
        return TypedResults.Ok(RemindersAnswer.From(schedule, fromPlan, await accounts.TimeZone(account.Required), feed));
    }

    private static async Task<Results<Ok<RemindersAnswer>, ProblemHttpResult>> SetSchedule(
        ScheduleBody body, CalendarReminders reminders, AccountActions accounts, CurrentAccount account, TimeProvider time)
    {
        var schedule = await reminders.SetSchedule(account.Required, body.Days, body.Time, time.GetUtcNow());
        if (!schedule.IsValid)
        {
            return Problems.Invalid(schedule.Problems);
        }

        var (_, _, feed) = await reminders.Find(account.Required);
        return TypedResults.Ok(RemindersAnswer.From(schedule.Value, fromPlan: false, await accounts.TimeZone(account.Required), feed));
    }

    private static async Task<Ok<FeedAddress>> NewFeed(CalendarReminders reminders, CurrentAccount account, HttpRequest request, TimeProvider time)
    {
        var token = await reminders.NewFeed(account.Required, time.GetUtcNow(), account.Origin);
        return TypedResults.Ok(FeedAddress.For(AppAddress.Of(request), token));
    }

    private static async Task<NoContent> StopFeed(CalendarReminders reminders, CurrentAccount account)
    {
        await reminders.StopFeed(account.Required);
        return TypedResults.NoContent();
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Feed(string token, CalendarReminders reminders, HttpContext context)
    {
        var calendar = await reminders.Feed(token, new Uri(AppAddress.Of(context.Request), "screening"));
        if (calendar is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(calendar, "text/calendar", Encoding.UTF8);
    }
}
