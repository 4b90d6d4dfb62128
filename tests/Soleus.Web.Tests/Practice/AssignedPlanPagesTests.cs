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
}
