// The FHIR SDK's model types every element as nullable; these tests assert on the elements they read instead.
#nullable disable warnings
using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Tests.Practice;

namespace Soleus.Web.Tests.Export;

/// <summary>The FHIR R4 export, saved through the real API and read back with the FHIR SDK's own parser.</summary>
public sealed class FhirExportTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private const string Local = "https://localhost/fhir/CodeSystem/soleus";

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_ParsesAsACollectionWhoseEveryReferenceResolvesInside()
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);
        await SaveSession(client, DateTimeOffset.UtcNow.AddDays(-2), stopReason: null);
        await SaveSession(client, DateTimeOffset.UtcNow.AddDays(-1), stopReason: "sharp-pain");

        var response = await client.GetAsync("/api/account/export?format=fhir");
        var text = await response.Content.ReadAsStringAsync();
        var bundle = Parse(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.All(bundle.Entry, e => Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal));
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
        var references = bundle.Entry.SelectMany(e => References(e.Resource)).ToList();
        // The Patient from each Procedure, Observation and QuestionnaireResponse, and each Observation's Procedure.
        var observations = bundle.Entry.Count(e => e.Resource is Observation);
        Assert.Equal(bundle.Entry.Count - 1 + observations, references.Count);
        Assert.All(references, r => Assert.Contains(bundle.Entry, e => e.FullUrl == r));
        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        var patient = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Patient>());
        Assert.Empty(patient.Name);
        Assert.Empty(patient.Telecom);
        Assert.Single(patient.Identifier);
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_AProcedurePerSessionWithItsStopAndFourObservationsPerLeg()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var calm = await SaveSession(client, DateTimeOffset.UtcNow.AddDays(-2), stopReason: null);
        var stopped = await SaveSession(client, DateTimeOffset.UtcNow.AddDays(-1), stopReason: "sharp-pain");

        var bundle = Parse(await (await client.GetAsync("/api/account/export?format=fhir")).Content.ReadAsStringAsync());

        var procedures = bundle.Entry.Where(e => e.Resource is Procedure).ToDictionary(e => ((Procedure)e.Resource).Identifier.Single().Value, e => e);
        Assert.Equal(new[] { calm.ToString(), stopped.ToString() }.Order(), procedures.Keys.Order());
        var finished = (Procedure)procedures[calm.ToString()].Resource;
        var stop = (Procedure)procedures[stopped.ToString()].Resource;
        Assert.Equal(EventStatus.Completed, finished.Status);
        Assert.Null(finished.StatusReason);
        Assert.Equal(EventStatus.Stopped, stop.Status);
        Assert.Equal("sharp-pain", stop.StatusReason.Coding.Single().Code);
        Assert.Equal(Local, stop.StatusReason.Coding.Single().System);
        Assert.Equal(["32696007", "48979004"], finished.BodySite.Select(b => b.Coding.Single().Code).Order());

        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        Assert.Equal(2 * 2 * 4, observations.Count);
        var ofStop = observations.Where(o => o.PartOf.Single().Reference == procedures[stopped.ToString()].FullUrl).ToList();
        Assert.Equal(8, ofStop.Count);
        var leftPainBefore = Assert.Single(ofStop, o => Code(o.Code) == "http://loinc.org|72514-3" && o.BodySite.Coding.Single().Code == "48979004" && o.Method.Coding.Single().Code == "before-session");
        Assert.Equal(2, ((Integer)leftPainBefore.Value).Value);
        var rightTightnessAfter = Assert.Single(ofStop, o => Code(o.Code) == $"{Local}|calf-tightness" && o.BodySite.Coding.Single().Code == "32696007" && o.Method.Coding.Single().Code == "after-session");
        Assert.Equal(3, ((Integer)rightTightnessAfter.Value).Value);
        Assert.Equal(stop.Performed is Period p ? p.End : null, ((FhirDateTime)rightTightnessAfter.Effective).Value);
        Assert.All(observations, o => Assert.InRange(((Integer)o.Value).Value ?? -1, 0, 10));
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_RatingsNotGivenAfter_NoObservationForThem()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-3));
        foreach (var rating in session["ratings"]!.AsArray())
        {
            rating!.AsObject().Remove("tightnessAfter");
            rating.AsObject().Remove("painAfter");
        }

        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(client, "/api/sessions", TestApi.Text(session))).StatusCode);

        var bundle = Parse(await (await client.GetAsync("/api/account/export?format=fhir")).Content.ReadAsStringAsync());

        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        Assert.Equal(4, observations.Count);
        Assert.All(observations, o => Assert.Equal("before-session", o.Method.Coding.Single().Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_AQuestionnaireResponsePerKeptScreeningWithItsVerdictAndAnswers()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var answers = TestApi.AllNo();
        answers["sharp-pain"] = new JsonObject { ["left"] = "not-sure", ["right"] = "no" };
        var screened = await TestApi.Json(await TestApi.Post(client, "/api/screening", TestApi.Text(new JsonObject { ["answers"] = answers, ["legs"] = new JsonArray("left", "right") })));
        await TestApi.Post(client, "/api/screening", TestApi.Text(new JsonObject { ["answers"] = TestApi.AllNo(), ["legs"] = new JsonArray("left", "right") }));

        var bundle = Parse(await (await client.GetAsync("/api/account/export?format=fhir")).Content.ReadAsStringAsync());

        var kept = await TestApi.Json(await client.GetAsync("/api/account/export"));
        var responses = bundle.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().ToList();
        Assert.Equal(kept["screenings"]!.AsArray().Count, responses.Count);
        var response = responses.Single(r => Answer(r, "verdict") == (string?)screened["verdict"]);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        Assert.Equal("not-sure", Answer(response, "sharp-pain.left"));
        Assert.DoesNotContain(response.Item, i => i.LinkId == "sharp-pain.right");
        Assert.Equal(bundle.Entry.Single(e => e.Resource is Patient).FullUrl, response.Subject.Reference);
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_HoldsNothingOfAnotherPerson()
    {
        var other = factory.Client();
        await TestApi.Register(other);
        var theirs = await SaveSession(other, DateTimeOffset.UtcNow.AddDays(-1), stopReason: null);
        var client = factory.Client();
        await TestApi.Register(client);
        var mine = await SaveSession(client, DateTimeOffset.UtcNow.AddDays(-1), stopReason: null);

        var text = await (await client.GetAsync("/api/account/export?format=fhir")).Content.ReadAsStringAsync();

        Assert.Contains(mine.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task PatientExport_LinkedClinician_GetsThePersonsOwnBundle_UntilUnlinked_AndItIsAudited()
    {
        var practice = await PracticeSetup.Make(factory);
        var (person, personId) = await practice.LinkedPerson(factory);
        var stopped = await SaveSession(person, DateTimeOffset.UtcNow.AddDays(-1), stopReason: "numbness");
        var stranger = factory.Client();
        await TestApi.Register(stranger);
        var address = $"/api/practice/patients/{personId}/export";

        var response = await practice.Clinician.GetAsync(address);
        var theirs = Parse(await response.Content.ReadAsStringAsync());
        var own = Parse(await (await person.GetAsync("/api/account/export?format=fhir")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(personId.ToString(), theirs.Entry.Select(e => e.Resource).OfType<Patient>().Single().Identifier.Single().Value);
        Assert.Equal(
            own.Entry.Select(e => e.Resource.TypeName).Order(),
            theirs.Entry.Select(e => e.Resource.TypeName).Order());
        Assert.Equal(stopped.ToString(), theirs.Entry.Select(e => e.Resource).OfType<Procedure>().Single().Identifier.Single().Value);
        Assert.All(theirs.Entry.SelectMany(e => References(e.Resource)), r => Assert.Contains(theirs.Entry, e => e.FullUrl == r));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await practice.Admin.GetAsync(address)).StatusCode);
        using (var scope = factory.Services.CreateScope())
        {
            var clinicianId = await PracticeSetup.AccountId(factory, practice.ClinicianEmail);
            var exports = await scope.ServiceProvider.GetRequiredService<SoleusDb>().AuditEvents
                .Where(e => e.AccountId == personId && e.Kind == Audit.Export).Select(e => e.Detail).ToListAsync();
            Assert.Equal(["fhir", $"fhir, by clinician {clinicianId}"], exports.Order());
        }

        Assert.Equal(HttpStatusCode.NoContent, (await practice.Clinician.DeleteAsync($"/api/practice/patients/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await practice.Clinician.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Fhir_SignedOut_Refused()
    {
        var response = await factory.Client().GetAsync("/api/account/export?format=fhir");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_UnknownFormat_ProblemNamesFormatAndEveryAllowedValue()
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var response = await client.GetAsync("/api/account/export?format=hl7");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (string?)(await TestApi.Json(response))["errors"]!["format"]![0];
        Assert.Contains("\"json\"", message, StringComparison.Ordinal);
        Assert.Contains("\"csv\"", message, StringComparison.Ordinal);
        Assert.Contains("\"fhir\"", message, StringComparison.Ordinal);
    }

    private static async System.Threading.Tasks.Task<Guid> SaveSession(HttpClient client, DateTimeOffset startedAt, string? stopReason)
    {
        var id = Guid.NewGuid();
        var session = TestApi.Session(id, startedAt);
        if (stopReason is not null)
        {
            session["stopReason"] = stopReason;
        }

        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(client, "/api/sessions", TestApi.Text(session))).StatusCode);
        return id;
    }

    private static Bundle Parse(string json) => new FhirJsonDeserializer().Deserialize<Bundle>(json);

    private static string Code(CodeableConcept concept) => $"{concept.Coding.Single().System}|{concept.Coding.Single().Code}";

    private static string? Answer(QuestionnaireResponse response, string linkId) =>
        ((Coding)response.Item.Single(i => i.LinkId == linkId).Answer.Single().Value).Code;

    /// <summary>Every reference anywhere in the resource.</summary>
    private static IEnumerable<string> References(Base element) => element.EnumerateElements().SelectMany(e => Found(e.Value));

    /// <summary>The references in an element's value: itself, in its children, or in each item of a list.</summary>
    private static IEnumerable<string> Found(object value) => value switch
    {
        ResourceReference r => [r.Reference],
        Base child => References(child),
        IEnumerable<Base> items => items.SelectMany(Found),
        _ => [],
    };
}
