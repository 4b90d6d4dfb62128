using System.Net;
using System.Text.Json.Nodes;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Practice;

/// <summary>
/// Clinicians' clearances through the pages: the form names a bad field in the API's words and writes nothing, and the
/// person's verdict and plan say who cleared them, until when and within which limits.
/// </summary>
public sealed class ClearancePagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Form_CapThatIsNoWholeNumber_TheFieldSaysTheAPIsRangeAndNothingIsKept()
    {
        var setup = await PracticeSetup.Make(factory);
        var (_, id) = await setup.LinkedPerson(factory);
        var clinician = new Browser(setup.Clinician);
        var form = Browser.FormByButton(await clinician.Open($"/practice/patients/{id}/clearance"), "Record the clearance");

        var page = await clinician.Submit(form, f => f.Tick("reasons", "pregnant").Set("minutesCap", "seven").Set("validUntil", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd")));

        Assert.EndsWith("Give the most minutes per calf as a whole number from 6 to 10, or leave it out for no cap.", page.QuerySelector("#minutesCap-error")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Clearances recorded", page.QuerySelector("#kept-title")?.TextContent);
        Assert.Contains("None yet.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_AfterAClearanceOfAProfileAnswer_VerdictAndPlanSayWhoClearedAndTheLimits()
    {
        var setup = await PracticeSetup.Make(factory);
        var person = new Browser(factory.Client());
        await Flows.SignedInReady(person);
        var code = (string)(await setup.LinkCode())["code"]!;
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(person.Client, "/api/links", TestApi.Text(new JsonObject { ["code"] = code }))).StatusCode);
        var id = (Guid)(await TestApi.Json(await setup.Clinician.GetAsync("/api/practice/patients")))[0]!["personId"]!;
        var clearance = new JsonObject
        {
            ["reasons"] = new JsonArray("pregnant"), ["tools"] = new JsonArray("foam-roller"), ["minutesCap"] = 6,
            ["validUntil"] = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"),
        };
        Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(setup.Clinician, $"/api/practice/patients/{id}/clearances", TestApi.Text(clearance))).StatusCode);

        var plan = await Flows.Screen(person, new Dictionary<string, string> { ["answers.pregnant"] = "yes" }, change: f => f.Set("minutesPerCalf", "8"));

        var text = plan.Body!.TextContent;
        Assert.Contains($"{setup.ClinicianEmail} at ", text, StringComparison.Ordinal);
        Assert.Contains("cleared you on", text, StringComparison.Ordinal);
        Assert.Contains($"until the end of {Date(DateTime.UtcNow.AddDays(7))}", text, StringComparison.Ordinal);
        Assert.Contains("with your hands and your foam roller only and for at most 6 minutes a calf", text, StringComparison.Ordinal);
        Assert.Contains("Each calf gets 6 minutes, not the 8 asked", text, StringComparison.Ordinal);
    }

    private static string Date(DateTime day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
