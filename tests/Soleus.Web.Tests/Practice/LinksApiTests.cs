using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Features.Practice;

namespace Soleus.Web.Tests.Practice;

/// <summary>Linking a person with a clinician through the API: only by the person's consent, undone by either side, audited.</summary>
public sealed class LinksApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Preview_NamesTheClinicianAndListsWhatTheyWouldSee_AndLinksNothing()
    {
        var setup = await PracticeSetup.Make(factory);
        var person = factory.Client();
        await TestApi.Register(person);
        var code = (string)(await setup.LinkCode())["code"]!;

        var preview = await TestApi.Json(await person.PostAsJsonAsync("/api/links/preview", new { code }));

        Assert.Equal(setup.ClinicianEmail, (string)preview["clinicianEmail"]!);
        Assert.Equal(SharedWithClinician.Shown, preview["shown"]!.AsArray().Select(s => (string)s!));
        Assert.Empty(await (await person.GetAsync("/api/links")).Content.ReadFromJsonAsync<JsonArray>() ?? []);
        Assert.Empty(await (await setup.Clinician.GetAsync("/api/practice/patients")).Content.ReadFromJsonAsync<JsonArray>() ?? []);
    }

    [Fact]
    public async Task Consent_ClinicianSeesThePerson_UntilThePersonUnlinks()
    {
        var setup = await PracticeSetup.Make(factory);
        var (person, id) = await setup.LinkedPerson(factory);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(person, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-2))))).StatusCode);

        var view = await TestApi.Json(await setup.Clinician.GetAsync($"/api/practice/patients/{id}"));
        Assert.Equal(1, view["weeks"]!.AsArray().Sum(w => (int)w!["sessions"]!));
        Assert.Equal(2, view["trends"]!.AsArray().Count);
        var link = (await person.GetFromJsonAsync<JsonArray>("/api/links"))!.Single()!;
        Assert.Equal(setup.ClinicianEmail, (string)link["clinicianEmail"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await person.DeleteAsync($"/api/links/{(string)link["id"]!}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.GetAsync($"/api/practice/patients/{id}")).StatusCode);
        Assert.Empty((await setup.Clinician.GetFromJsonAsync<JsonArray>("/api/practice/patients"))!);
        Assert.NotNull((await person.GetFromJsonAsync<JsonArray>("/api/links"))!.Single()!["endedAt"]);
    }

    [Fact]
    public async Task Unlink_ByTheClinician_EndsItForBothAndASecondTimeIs404()
    {
        var setup = await PracticeSetup.Make(factory);
        var (person, id) = await setup.LinkedPerson(factory);

        Assert.Equal(HttpStatusCode.NoContent, (await setup.Clinician.DeleteAsync($"/api/practice/patients/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.DeleteAsync($"/api/practice/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.GetAsync($"/api/practice/patients/{id}")).StatusCode);
        Assert.NotNull((await person.GetFromJsonAsync<JsonArray>("/api/links"))!.Single()!["endedAt"]);
    }

    [Fact]
    public async Task Consent_CodeUsedOnce_ASecondPersonIsRefused()
    {
        var setup = await PracticeSetup.Make(factory);
        var code = (string)(await setup.LinkCode())["code"]!;
        var first = factory.Client();
        await TestApi.Register(first);
        var second = factory.Client();
        await TestApi.Register(second);

        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/links", new { code })).StatusCode);
        var refused = await second.PostAsJsonAsync("/api/links", new { code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull((await TestApi.Json(refused))["errors"]!["code"]);
        Assert.Single((await setup.Clinician.GetFromJsonAsync<JsonArray>("/api/practice/patients"))!);
    }

    [Fact]
    public async Task WithdrawCodes_EndsEveryUnusedCodeOfTheClinicianOnly_ANewCodeStillLinks()
    {
        var setup = await PracticeSetup.Make(factory);
        var other = await PracticeSetup.Make(factory);
        string[] withdrawn = [(string)(await setup.LinkCode())["code"]!, (string)(await setup.LinkCode())["code"]!];
        var theirs = (string)(await other.LinkCode())["code"]!;
        var person = factory.Client();
        await TestApi.Register(person);

        var response = await setup.Clinician.DeleteAsync("/api/practice/link-codes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (int)(await TestApi.Json(response))["withdrawn"]!);
        foreach (var code in withdrawn)
        {
            var refused = await person.PostAsJsonAsync("/api/links", new { code });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal(Practices.CodeWrong, (string?)(await TestApi.Json(refused))["errors"]!["code"]![0]);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await person.DeleteAsync("/api/practice/link-codes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Admin.DeleteAsync("/api/practice/link-codes")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await person.PostAsJsonAsync("/api/links", new { code = theirs })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await person.PostAsJsonAsync("/api/links", new { code = (string)(await setup.LinkCode())["code"]! })).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD-EFGH")]
    [InlineData("this text is far too long to be any code that Soleus makes")]
    public async Task Consent_NoSuchCode_422NamesTheCode(string code)
    {
        var person = factory.Client();
        await TestApi.Register(person);

        var response = await person.PostAsJsonAsync("/api/links", new { code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]!["code"]);
    }

    [Fact]
    public async Task Consent_TheClinicianOwnCode_IsRefused()
    {
        var setup = await PracticeSetup.Make(factory);
        var code = (string)(await setup.LinkCode())["code"]!;

        var response = await setup.Clinician.PostAsJsonAsync("/api/links", new { code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task ConsentAndUnlink_AreAuditedWithoutHealthValues()
    {
        var setup = await PracticeSetup.Make(factory);
        var (person, id) = await setup.LinkedPerson(factory);
        var stopped = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-3));
        stopped["stopReason"] = "sharp-pain";
        await TestApi.Post(person, "/api/sessions", TestApi.Text(stopped));
        await setup.Clinician.DeleteAsync($"/api/practice/patients/{id}");

        using var scope = factory.Services.CreateScope();
        var events = await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents
            .Where(e => e.AccountId == id && (e.Kind == Audit.LinkConsented || e.Kind == Audit.LinkEnded)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([Audit.LinkConsented, Audit.LinkEnded], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Matches("^clinician [0-9a-f-]{36}(, by the clinician)?$", e.Detail));
    }

    [Fact]
    public async Task Patients_WhoNeedsAttentionComesFirst()
    {
        var setup = await PracticeSetup.Make(factory);
        var (steady, steadyId) = await setup.LinkedPerson(factory);
        var (stopped, stoppedId) = await setup.LinkedPerson(factory);
        var (lapsed, lapsedId) = await setup.LinkedPerson(factory);
        var now = DateTimeOffset.UtcNow;
        foreach (var days in new[] { 1, 3, 9, 16, 23, 30 })
        {
            await TestApi.Post(steady, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-days))));
        }

        foreach (var days in new[] { 9, 12, 16, 20, 23, 30 })
        {
            await TestApi.Post(lapsed, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-days))));
        }

        var stop = TestApi.Session(Guid.NewGuid(), now.AddDays(-2));
        stop["stopReason"] = "numbness";
        await TestApi.Post(stopped, "/api/sessions", TestApi.Text(stop));

        var rows = (await setup.Clinician.GetFromJsonAsync<JsonArray>("/api/practice/patients"))!;

        Assert.Equal([stoppedId, lapsedId, steadyId], rows.Select(r => Guid.Parse((string)r!["personId"]!)));
        Assert.Equal(1, (int)rows[0]!["stops"]!);
        Assert.Equal(0, (int)rows[1]!["sessionsLastWeek"]!);
        Assert.Equal(1.5, (double)rows[1]!["weeklyBefore"]!);
    }
}
