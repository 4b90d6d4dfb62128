using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Practice;

/// <summary>
/// A clinician's clearances through the API: only for a linked person (404 otherwise, as the clinician's view), every
/// bad field named with nothing written, and a clearance the screener and planner obey until it ends or expires,
/// never for an emergency answer.
/// </summary>
public sealed class PatientClearanceApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private DateTimeOffset Now => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private string Day(int days) => DateOnly.FromDateTime(Now.UtcDateTime).AddDays(days).ToString("yyyy-MM-dd");

    private JsonObject Clearance(params string[] reasons) => new()
    {
        ["reasons"] = new JsonArray([.. reasons.Select(r => (JsonNode)r)]),
        ["tools"] = new JsonArray("foam-roller"),
        ["minutesCap"] = 7,
        ["validUntil"] = Day(7),
        ["note"] = "Gentle pressure only for now.",
    };

    private static JsonObject PlanAsking(params (string Id, string Answer)[] answers)
    {
        var all = TestApi.AllNo();
        foreach (var (id, answer) in answers)
        {
            all[id] = answer;
        }

        var body = TestApi.PlanRequest(all, minutes: 10);
        body["equipment"] = new JsonArray("hands", "foam-roller", "massage-ball", "massage-gun");
        return body;
    }

    private static async Task<HttpResponseMessage> Plan(HttpClient client, JsonObject body) => await TestApi.Post(client, "/api/plans", TestApi.Text(body));

    private static string Path(Guid person) => $"/api/practice/patients/{person}/clearances";

    [Fact]
    public async Task Clearances_LinkedClinicianOnly_OthersGet404AndNothingIsWritten()
    {
        var setup = await PracticeSetup.Make(factory);
        var (person, id) = await setup.LinkedPerson(factory);
        var other = await PracticeSetup.Make(factory);
        var stranger = factory.Client();
        await TestApi.Register(stranger);

        foreach (var client in new[] { other.Clinician, setup.Admin, person, stranger })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await TestApi.Post(client, Path(id), TestApi.Text(Clearance("pregnant")))).StatusCode);
        }

        var recorded = await TestApi.Post(setup.Clinician, Path(id), TestApi.Text(Clearance("pregnant")));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var clearanceId = (long)(await TestApi.Json(recorded))["id"]!;
        foreach (var client in new[] { other.Clinician, setup.Admin, person, stranger })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{Path(id)}/{clearanceId}")).StatusCode);
        }

        var (_, otherPerson) = await other.LinkedPerson(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.DeleteAsync($"{Path(otherPerson)}/{clearanceId}")).StatusCode);
        var listed = await TestApi.Json(await setup.Clinician.GetAsync(Path(id)));
        Assert.True((bool)Assert.Single(listed["clearances"]!.AsArray())!["holds"]!);
        Assert.Equal(1, await Count(id));

        Assert.Equal(HttpStatusCode.NoContent, (await setup.Clinician.DeleteAsync($"/api/practice/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.GetAsync(Path(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TestApi.Post(setup.Clinician, Path(id), TestApi.Text(Clearance("pregnant")))).StatusCode);
        Assert.Equal(1, await Count(id));
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "reasons", """{"reasons":[]}""", "at least one reason" },
        { "reasons", """{"reasons":["calf-red-warm"]}""", "emergency care" },
        { "reasons", """{"reasons":["stopped-swelling-or-redness"]}""", "emergency care" },
        { "reasons", """{"reasons":["profile-expired"]}""", "health profile up to date" },
        { "reasons", """{"reasons":["sharp-pain"]}""", "not a reason that asks for a professional first" },
        { "reasons", """{"reasons":["pregnant",null]}""", "at least one reason" },
        { "reasons", """{"reasons":["pregnant","no-such-reason"]}""", "pain-after-rising" },
        { "legs", """{"legs":["middle"]}""", "left leg, the right leg or both" },
        { "legs", """{"legs":["left","left"]}""", "left leg, the right leg or both" },
        { "tools", """{"tools":["chainsaw"]}""", "foam-roller" },
        { "tools", """{"tools":["foam-roller","foam-roller"]}""", "each once" },
        { "minutesCap", """{"minutesCap":5}""", "from 6 to 10" },
        { "minutesCap", """{"minutesCap":11}""", "from 6 to 10" },
        { "validUntil", """{"validUntil":null}""", "last day the clearance holds" },
        { "validUntil", """{"validUntil":"TODAY"}""", "last day the clearance holds" },
        { "validUntil", """{"validUntil":"NEXTYEAR+1"}""", "last day the clearance holds" },
        { "validUntil", """{"validUntil":"31/12/2027"}""", "last day the clearance holds" },
        { "note", $$"""{"note":"{{new string('a', 501)}}"}""", "500 characters" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Record_BadField_422NamingTheFieldAndItsRangeWithNothingWritten(string field, string change, string words)
    {
        var setup = await PracticeSetup.Make(factory);
        var (_, id) = await setup.LinkedPerson(factory);
        var body = Clearance("pregnant");
        var next = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(1).AddDays(1).ToString("yyyy-MM-dd");
        foreach (var (key, value) in JsonNode.Parse(change.Replace("TODAY", Day(0), StringComparison.Ordinal).Replace("NEXTYEAR+1", next, StringComparison.Ordinal))!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await TestApi.Post(setup.Clinician, Path(id), TestApi.Text(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await TestApi.Json(response))["errors"]!.AsObject();
        Assert.True(errors.Select(e => e.Key).SequenceEqual([field]), errors.ToJsonString());
        Assert.Contains(words, (string)errors[field]![0]!, StringComparison.Ordinal);
        Assert.Equal(0, await Count(id));
    }

    [Fact]
    public async Task Clearance_LiftsAProfileReasonWithItsLimitsUntilItExpiresOrEnds_NeverAnEmergency()
    {
        var setup = await PracticeSetup.Make(factory);
        var (person, id) = await setup.LinkedPerson(factory);
        var pregnant = ("pregnant", "yes");

        var before = await Plan(person, PlanAsking(pregnant));
        var recorded = await TestApi.Post(setup.Clinician, Path(id), TestApi.Text(Clearance("pregnant")));
        var cleared = await Plan(person, PlanAsking(pregnant));
        var emergency = await Plan(person, PlanAsking(pregnant, ("calf-red-warm", "yes")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, before.StatusCode);
        Assert.Equal("professional-first", (string?)(await TestApi.Json(before))["verdict"]);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var session = await TestApi.Json(cleared);
        var plan = session["plan"]!;
        Assert.DoesNotContain("massage-gun", plan["equipment"]!.AsArray().Select(e => (string?)e));
        Assert.DoesNotContain("massage-gun", session["timeline"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.InRange((int)plan["secondsPerCalf"]!, 1, 7 * 60);
        var notes = plan["notes"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Contains(notes, n => n.StartsWith("Each calf gets 7 minutes", StringComparison.Ordinal) && n.Contains(setup.ClinicianEmail, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Your massage gun is left out", StringComparison.Ordinal));
        var lifted = Assert.Single(session["screening"]!["lifted"]!.AsArray())!;
        Assert.Equal("pregnant", (string?)lifted["reason"]!["questionId"]);
        Assert.StartsWith(setup.ClinicianEmail + " at ", (string?)lifted["by"]!["who"], StringComparison.Ordinal);
        Assert.Equal("emergency", (string?)(await TestApi.Json(emergency))["verdict"]);

        var email = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<SoleusDb>().Accounts.Where(a => a.Id == id).Select(a => a.Email).SingleAsync();
        using var later = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now.AddDays(9)))));
        var personLater = later.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SoleusFactory.Https });
        Assert.Equal(HttpStatusCode.NoContent, (await personLater.PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password })).StatusCode);
        var expired = await Plan(personLater, PlanAsking(pregnant));
        Assert.Equal("professional-first", (string?)(await TestApi.Json(expired))["verdict"]);

        var clearanceId = (long)(await TestApi.Json(recorded))["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Clinician.DeleteAsync($"{Path(id)}/{clearanceId}")).StatusCode);
        var ended = await Plan(person, PlanAsking(pregnant));
        Assert.Equal("professional-first", (string?)(await TestApi.Json(ended))["verdict"]);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.DeleteAsync($"{Path(id)}/{clearanceId}")).StatusCode);
        var audit = await Audit(id);
        Assert.Equal(["clearance-recorded", "clearance-ended"], audit.Select(a => a.Kind));
        Assert.All(audit, a => Assert.DoesNotContain("pregnant", a.Detail ?? "", StringComparison.Ordinal));
    }

    private async Task<int> Count(Guid person)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SoleusDb>().Clearances.CountAsync(c => c.AccountId == person);
    }

    private async Task<List<AuditEvent>> Audit(Guid person)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents.Where(a => a.AccountId == person && a.Kind.StartsWith("clearance-")).OrderBy(a => a.Id).ToListAsync();
    }
}
