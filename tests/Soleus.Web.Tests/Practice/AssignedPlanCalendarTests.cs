using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using Soleus.Web.Features.Reminders;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Practice;

/// <summary>The calendar feed of a person whose clinician set a plan and who set no schedule of their own.</summary>
public sealed class AssignedPlanCalendarTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    /// <summary>A person in London, linked with a clinician who set them 3 sessions a week, with a feed address.</summary>
    private async Task<(HttpClient Person, PracticeSetup Practice, Guid PersonId, Uri Feed)> Planned()
    {
        var practice = await PracticeSetup.Make(factory);
        var browser = new Browser(factory.Client());
        var email = TestApi.NewEmail();
        await browser.Submit(Browser.FormByButton(await browser.Open("/account/register"), "Create the account"), f => f.Set("email", email).Set("password", TestApi.Password).Set("timeZone", "Europe/London"));
        var person = browser.Client;
        Assert.Equal(HttpStatusCode.Created, (await person.PostAsJsonAsync("/api/links", new { code = (string)(await practice.LinkCode())["code"]! })).StatusCode);
        var personId = await PracticeSetup.AccountId(factory, email);
        var set = await practice.Clinician.PutAsync($"/api/practice/patients/{personId}/plan", new StringContent(TestApi.Text(AssignedPlanApiTests.Plan(3)), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var made = await person.PostAsync("/api/reminders/feed", null);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return (person, practice, personId, new Uri((string)(await TestApi.Json(made))["url"]!));
    }

    private async Task<string> Fetch(Uri feed)
    {
        var response = await factory.CreateClient(new() { HandleCookies = false, BaseAddress = SoleusFactory.Https }).GetAsync(feed.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Feed_NoScheduleOfTheirOwn_ThePlansSessionsSpreadOverTheWeekAtSixInTheirZone()
    {
        var (person, practice, _, feed) = await Planned();

        var text = await Fetch(feed);
        var reminders = await TestApi.Json(await person.GetAsync("/api/reminders"));

        var reminder = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Calf session", reminder.Summary);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], reminder.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek).Order());
        Assert.Equal(("Europe/London", 18, 0), (reminder.DtStart!.TzId, reminder.DtStart.Hour, reminder.DtStart.Minute));
        Assert.True((bool)reminders["fromPlan"]!);
        Assert.Equal(["monday", "wednesday", "friday"], reminders["days"]!.AsArray().Select(d => (string)d!));
        // Only "Calf session" and a link: nothing of the plan or of who set it.
        Assert.DoesNotContain(practice.ClinicianEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain("foam-roller", text, StringComparison.Ordinal);
        Assert.DoesNotContain("soleus\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_ThePersonSetsTheirOwn_TheirsReplacesThePlans()
    {
        var (person, _, _, feed) = await Planned();

        Assert.Equal(HttpStatusCode.OK, (await person.PutAsJsonAsync("/api/reminders", new { days = (string[])["tuesday"], time = "07:30" })).StatusCode);

        var reminder = Assert.Single(Calendar.Load(await Fetch(feed))!.Events);
        Assert.Equal([DayOfWeek.Tuesday], reminder.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek));
        Assert.False((bool)(await TestApi.Json(await person.GetAsync("/api/reminders")))["fromPlan"]!);
    }

    [Fact]
    public async Task Feed_LinkEnded_NoEventFromThePlan()
    {
        var (_, practice, personId, feed) = await Planned();

        Assert.Equal(HttpStatusCode.NoContent, (await practice.Clinician.DeleteAsync($"/api/practice/patients/{personId}")).StatusCode);

        Assert.Empty(Calendar.Load(await Fetch(feed))!.Events);
    }

    [Theory]
    [InlineData(1, new[] { DayOfWeek.Monday })]
    [InlineData(2, new[] { DayOfWeek.Monday, DayOfWeek.Thursday })]
    [InlineData(3, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    [InlineData(5, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday })]
    [InlineData(14, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })]
    public void FromPlan_SessionsAWeek_SpreadFromMonday(int sessionsAWeek, DayOfWeek[] days) =>
        Assert.Equal(days, ReminderSchedule.FromPlan(sessionsAWeek).Days);
}
