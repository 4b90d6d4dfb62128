using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Practice;

/// <summary>A clinician's plan on the person's pages: the questions page starts from it, and the questions still come first.</summary>
public sealed class AssignedPlanPagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    /// <summary>A person linked with a clinician who set them hands and foam roller, 9 minutes, the soleus, 3 sessions a week; the person's browser has read the disclaimer.</summary>
    private async Task<(Browser Person, PracticeSetup Practice, Guid PersonId)> Assigned()
    {
        var practice = await PracticeSetup.Make(factory);
        var (client, personId) = await practice.LinkedPerson(factory);
        var set = await practice.Clinician.PutAsync($"/api/practice/patients/{personId}/plan", new StringContent(TestApi.Text(AssignedPlanApiTests.Plan()), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var person = new Browser(client);
        await Flows.AcceptDisclaimer(person);
        return (person, practice, personId);
    }

    [Fact]
    public async Task Screening_WithAnAssignedPlan_StartsFromItSaysWhoSetItAndAsksTheQuestionsAfresh()
    {
        var (person, practice, _) = await Assigned();

        var page = await person.Open("/screening");

        Assert.Equal("Your clinician's plan", page.QuerySelector("[data-choices-label]")!.TextContent.Trim());
        Assert.Equal("Your hands, Foam roller · 9 minutes per calf · Sitting on a chair", page.QuerySelector("[data-choices-summary]")!.TextContent.Trim());
        var note = page.QuerySelector("[data-assigned-plan]")!.TextContent;
        Assert.Contains($"Set by {practice.ClinicianEmail} on ", note, StringComparison.Ordinal);
        Assert.Contains("3 sessions a week", note, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]"), i => i.IsChecked && i.Name!.StartsWith("answers.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Screening_WithAnAssignedPlan_PlansItForTheLegsTheScreeningClearsAndSaysSo()
    {
        var (person, _, _) = await Assigned();

        var plan = await Flows.Screen(person, new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" });

        Assert.Equal("Your session plan", plan.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("3 sessions a week", plan.QuerySelector("[data-assigned-plan]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Flows.Steps(plan, "left"));
        Assert.Contains("foam-roller", Flows.Steps(plan, "right"));
        Assert.Equal("9", plan.QuerySelector("form.hand-off input[name='minutesPerCalf']")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("answers.one-calf-swelling", "yes")]
    [InlineData("answers.calf-red-warm", "not-sure")]
    [InlineData("answers.breathing-chest-symptoms", "yes")]
    public async Task Screening_WithAnAssignedPlan_ARedFlagStillStopsWithNoPlan(string question, string answer)
    {
        var (person, _, _) = await Assigned();

        var verdict = await Flows.Screen(person, new Dictionary<string, string> { [question] = answer });

        Assert.Empty(verdict.QuerySelectorAll("li.step"));
        Assert.Null(verdict.QuerySelector("form.hand-off"));
        Assert.Null(verdict.QuerySelector("[data-assigned-plan]"));
        Assert.False(Flows.LeadsToPlan(verdict));
    }

    [Fact]
    public async Task Screening_WithAnAssignedPlan_ProfessionalFirstStillHoldsTheSessionBack()
    {
        var (person, _, _) = await Assigned();

        var verdict = await Flows.Screen(person, new Dictionary<string, string> { ["answers.pregnant"] = "yes" });

        Assert.Equal("Please talk to a professional first", verdict.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(verdict.QuerySelectorAll("li.step"));
        Assert.Null(verdict.QuerySelector("form.hand-off"));
    }

    [Fact]
    public async Task Screening_AfterTheClinicianUnlinks_TheLastPlanIsOfferedInstead()
    {
        var (person, practice, personId) = await Assigned();
        Assert.Equal(HttpStatusCode.NoContent, (await practice.Clinician.DeleteAsync($"/api/practice/patients/{personId}")).StatusCode);

        var page = await person.Open("/screening");

        Assert.Null(page.QuerySelector("[data-assigned-plan]"));
        Assert.Equal("Your session", page.QuerySelector("[data-choices-label]")!.TextContent.Trim());
    }

    /// <summary>Saves a session for the person, started the given days ago.</summary>
    private static async Task Session(HttpClient person, double daysAgo) =>
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(person, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-daysAgo))))).StatusCode);

    [Fact]
    public async Task Adherence_TwoOfThreeInTheLastSevenDays_BothSidesSeeIt()
    {
        var (person, practice, personId) = await Assigned();
        await Session(person.Client, 1);
        await Session(person.Client, 3);
        await Session(person.Client, 10);
        var clinician = new Browser(practice.Clinician);

        var account = await person.Open("/account");
        var view = await clinician.Open($"/practice/patients/{personId}");
        var list = await clinician.Open("/practice/patients");
        var rows = await TestApi.Json(await practice.Clinician.GetAsync("/api/practice/patients"));

        Assert.Contains("2 of 3 sessions", account.QuerySelector("[data-adherence]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(practice.ClinicianEmail, account.QuerySelector("[data-assigned-plan]")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("2 of 3", view.QuerySelector("table.weeks tbody tr td:last-child")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Plan: 3 sessions a week", view.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 3 planned sessions in the last seven days", list.QuerySelector("ol.patients")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (int)rows.AsArray().Single()!["sessionsAWeek"]!);
    }

    [Fact]
    public async Task Adherence_NoPlan_NeitherSideShowsACount()
    {
        var practice = await PracticeSetup.Make(factory);
        var (client, personId) = await practice.LinkedPerson(factory);

        var account = await new Browser(client).Open("/account");
        var view = await new Browser(practice.Clinician).Open($"/practice/patients/{personId}");

        Assert.Null(account.QuerySelector("[data-adherence]"));
        Assert.DoesNotContain(" of ", view.QuerySelector("table.weeks tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await TestApi.Json(await practice.Clinician.GetAsync("/api/practice/patients"))).AsArray().Single()!["sessionsAWeek"]);
    }

    [Fact]
    public async Task PlanPage_ClinicianSavesAPlan_ThePersonsNextSessionStartsFromIt()
    {
        var practice = await PracticeSetup.Make(factory);
        var (client, personId) = await practice.LinkedPerson(factory);
        var clinician = new Browser(practice.Clinician);
        var form = await clinician.Open($"/practice/patients/{personId}/plan");

        var saved = await clinician.Submit(Browser.FormByButton(form, "Save the plan"), f => f.Set("sessionsAWeek", "4").Set("minutesPerCalf", "10").Tick("equipment", "massage-ball"));

        Assert.Equal($"/practice/patients/{personId}", new Uri(saved.Location.Href).AbsolutePath);
        Assert.Contains("Plan: 4 sessions a week", saved.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var person = new Browser(client);
        await Flows.AcceptDisclaimer(person);
        Assert.Contains("10 minutes per calf", (await person.Open("/screening")).QuerySelector("[data-choices-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sessionsAWeek", "0")]
    [InlineData("sessionsAWeek", "many")]
    [InlineData("minutesPerCalf", "99")]
    public async Task PlanPage_BadField_ShownOnItsFieldAndNothingSaved(string field, string value)
    {
        var practice = await PracticeSetup.Make(factory);
        var (client, personId) = await practice.LinkedPerson(factory);
        var clinician = new Browser(practice.Clinician);

        var page = await clinician.Submit(Browser.FormByButton(await clinician.Open($"/practice/patients/{personId}/plan"), "Save the plan"), f => f.Set(field, value));

        Assert.NotNull(page.QuerySelector($"#{field}-error"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/account/assigned-plan")).StatusCode);
    }

    [Fact]
    public async Task PlanPage_AnotherPracticesClinician_404()
    {
        var ours = await PracticeSetup.Make(factory);
        var theirs = await PracticeSetup.Make(factory);
        var (_, personId) = await ours.LinkedPerson(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Clinician.GetAsync($"/practice/patients/{personId}/plan")).StatusCode);
    }
}
