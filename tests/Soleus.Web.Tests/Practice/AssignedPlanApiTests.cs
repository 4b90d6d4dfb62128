using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Practice;

/// <summary>Assigned plans through the API: only a linked clinician sets, reads or clears one, by the plan builder's rule book.</summary>
public sealed class AssignedPlanApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    internal static JsonObject Plan(int sessionsAWeek = 3) => new()
    {
        ["legs"] = new JsonArray("left", "right"),
        ["equipment"] = new JsonArray("hands", "foam-roller"),
        ["minutesPerCalf"] = 9,
        ["emphasis"] = "soleus",
        ["position"] = "chair",
        ["sessionsAWeek"] = sessionsAWeek,
    };

    private static Task<HttpResponseMessage> Put(HttpClient client, Guid person, JsonObject plan) =>
        client.PutAsync($"/api/practice/patients/{person}/plan", new StringContent(TestApi.Text(plan), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Set_ByTheLinkedClinician_BothSidesReadItWithWhoSetIt()
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);

        var set = await Put(ours.Clinician, personId, Plan());

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var mine = await TestApi.Json(await person.GetAsync("/api/account/assigned-plan"));
        Assert.Equal(ours.ClinicianEmail, (string)mine["clinicianEmail"]!);
        Assert.Equal(3, (int)mine["sessionsAWeek"]!);
        Assert.Equal(9, (int)mine["choices"]!["minutesPerCalf"]!);
        Assert.Equal("soleus", (string)mine["choices"]!["emphasis"]!);
        var theirs = await TestApi.Json(await ours.Clinician.GetAsync($"/api/practice/patients/{personId}/plan"));
        Assert.Equal(3, (int)theirs["sessionsAWeek"]!);
    }

    [Fact]
    public async Task Set_Again_ReplacesTheOneBefore()
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);
        await Put(ours.Clinician, personId, Plan(2));

        Assert.Equal(HttpStatusCode.OK, (await Put(ours.Clinician, personId, Plan(5))).StatusCode);

        Assert.Equal(5, (int)(await TestApi.Json(await person.GetAsync("/api/account/assigned-plan")))["sessionsAWeek"]!);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SoleusDb>().AssignedPlans.CountAsync(p => p.PersonId == personId));
    }

    [Fact]
    public async Task Set_UnlinkedPersonOrAnotherPractice_404AndNothingWritten()
    {
        var ours = await PracticeSetup.Make(factory);
        var theirs = await PracticeSetup.Make(factory);
        var (_, personId) = await ours.LinkedPerson(factory);
        var stranger = factory.Client();
        var strangerId = await PracticeSetup.AccountId(factory, await TestApi.Register(stranger));

        Assert.Equal(HttpStatusCode.NotFound, (await Put(theirs.Clinician, personId, Plan())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Put(ours.Clinician, strangerId, Plan())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Put(ours.Admin, personId, Plan())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Put(stranger, personId, Plan())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Clinician.GetAsync($"/api/practice/patients/{personId}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Clinician.DeleteAsync($"/api/practice/patients/{personId}/plan")).StatusCode);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SoleusDb>().AssignedPlans.AnyAsync(p => p.PersonId == personId || p.PersonId == strangerId));
    }

    [Theory]
    [InlineData("legs", "[\"middle\"]")]
    [InlineData("legs", "[]")]
    [InlineData("equipment", "[\"hammer\"]")]
    [InlineData("minutesPerCalf", "1")]
    [InlineData("minutesPerCalf", "61")]
    [InlineData("emphasis", "\"quads\"")]
    [InlineData("activities", "[\"chess\"]")]
    [InlineData("position", "\"upside-down\"")]
    [InlineData("sessionsAWeek", "0")]
    [InlineData("sessionsAWeek", "15")]
    [InlineData("sessionsAWeek", "null")]
    public async Task Set_BadField_RefusedNamingTheFieldAndTheOneBeforeStays(string field, string value)
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);
        await Put(ours.Clinician, personId, Plan(2));
        var plan = Plan(4);
        plan[field] = JsonNode.Parse(value);

        var response = await Put(ours.Clinician, personId, plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        Assert.Equal([field], errors.Select(e => e.Key));
        Assert.Equal(2, (int)(await TestApi.Json(await person.GetAsync("/api/account/assigned-plan")))["sessionsAWeek"]!);
    }

    [Fact]
    public async Task Set_SessionsAWeekOutOfRange_SaysTheRange()
    {
        var ours = await PracticeSetup.Make(factory);
        var (_, personId) = await ours.LinkedPerson(factory);

        var response = await Put(ours.Clinician, personId, Plan(20));

        Assert.Contains("from 1 to 14", (string)(await TestApi.Json(response))["errors"]!["sessionsAWeek"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Ended_ThePlanStopsApplyingAndAppliesAgainAfterRelinking()
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);
        await Put(ours.Clinician, personId, Plan());

        Assert.Equal(HttpStatusCode.NoContent, (await ours.Clinician.DeleteAsync($"/api/practice/patients/{personId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/api/account/assigned-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ours.Clinician.GetAsync($"/api/practice/patients/{personId}/plan")).StatusCode);
        var relink = await person.PostAsJsonAsync("/api/links", new { code = (string)(await ours.LinkCode())["code"]! });
        Assert.Equal(HttpStatusCode.Created, relink.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/account/assigned-plan")).StatusCode);
    }

    [Fact]
    public async Task Clear_ByTheLinkedClinician_NoPlanAppliesAndBothAreAuditedWithoutThePlan()
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);
        await Put(ours.Clinician, personId, Plan());

        Assert.Equal(HttpStatusCode.NoContent, (await ours.Clinician.DeleteAsync($"/api/practice/patients/{personId}/plan")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/api/account/assigned-plan")).StatusCode);
        using var scope = factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents
            .Where(e => e.AccountId == personId && (e.Kind == Audit.PlanAssigned || e.Kind == Audit.PlanCleared)).ToListAsync();
        Assert.Equal([Audit.PlanAssigned, Audit.PlanCleared], audit.OrderBy(e => e.At).Select(e => e.Kind));
        Assert.All(audit, e => Assert.DoesNotContain("foam-roller", e.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAccount_ThePersonsPlanGoesWithIt()
    {
        var ours = await PracticeSetup.Make(factory);
        var (person, personId) = await ours.LinkedPerson(factory);
        await Put(ours.Clinician, personId, Plan());

        Assert.Equal(HttpStatusCode.NoContent, (await TestApi.DeleteAccount(person)).StatusCode);

        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SoleusDb>().AssignedPlans.AnyAsync(p => p.PersonId == personId));
    }
}
