using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Soleus.Web.Features.Practice;
using Soleus.Web.Tests.Pages;

namespace Soleus.Web.Tests.Practice;

/// <summary>The practice through its pages, as a browser without JavaScript uses them.</summary>
public sealed class PracticePagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Join_ThenInviteAndMakeALinkCode_ShowsEachCodeOnceWithItsQrCode()
    {
        var adminEmail = TestApi.NewEmail();
        var code = await PracticeSetup.CreatePractice(factory, adminEmail);
        var admin = new Browser(factory.Client());
        var joined = await admin.Submit(Browser.FormByButton(await admin.Open($"/practice/join?code={code}"), "Join the practice"), f =>
        {
            f.Set("email", adminEmail);
            f.Set("password", TestApi.Password);
        });
        Assert.Equal("/practice", new Uri(joined.Location.Href).AbsolutePath);
        Assert.NotNull((await admin.Open("/account")).QuerySelector("a[href='/practice']"));
        var clinicianEmail = TestApi.NewEmail();

        var invited = await admin.Submit(Browser.FormByButton(joined, "Make an invitation code"), f => f.Set("email", clinicianEmail));

        var inviteCode = invited.QuerySelector(".one-time-code")!.TextContent.Trim();
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", inviteCode);
        var clinician = new Browser(factory.Client());
        var home = await clinician.Submit(Browser.FormByButton(await clinician.Open("/practice/join"), "Join the practice"), f =>
        {
            f.Set("code", inviteCode);
            f.Set("email", clinicianEmail);
            f.Set("password", TestApi.Password);
        });
        var made = await clinician.Submit(Browser.FormByButton(home, "Make a link code"));
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", made.QuerySelector(".one-time-code")!.TextContent.Trim());
        Assert.StartsWith("data:image/png;base64,", made.QuerySelector<IHtmlImageElement>(".link-code img")!.Source, StringComparison.Ordinal);
        var other = new Browser(factory.Client());
        var refused = await other.Submit(Browser.FormByButton(await other.Open("/practice/join"), "Join the practice"), f =>
        {
            f.Set("code", inviteCode);
            f.Set("email", clinicianEmail);
            f.Set("password", TestApi.Password);
        });
        Assert.Contains(Practices.CodeWrong, refused.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCode_WithdrawnFromThePage_NoLongerLinks()
    {
        var setup = await PracticeSetup.Make(factory);
        var clinician = new Browser(setup.Clinician);
        var made = await clinician.Submit(Browser.FormByButton(await clinician.Open("/practice"), "Make a link code"));
        var code = made.QuerySelector(".one-time-code")!.TextContent.Trim();

        var withdrawn = await clinician.Submit(Browser.FormByButton(made, "Withdraw unused codes"));

        Assert.Equal("1 code was withdrawn: nobody can link with it now.", withdrawn.QuerySelector("p.notice")!.TextContent.Trim());
        Assert.DoesNotContain(withdrawn.QuerySelectorAll("button"), b => b.TextContent.Contains("Withdraw", StringComparison.Ordinal));
        var person = factory.Client();
        await TestApi.Register(person);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await person.PostAsJsonAsync("/api/links", new { code })).StatusCode);
    }

    [Fact]
    public async Task Menu_AdministratorAndClinician_HaveTheirPractice_APersonDoesNot()
    {
        var setup = await PracticeSetup.Make(factory);
        var person = new Browser(factory.Client());
        await TestApi.Register(person.Client);

        static string?[] Menu(IHtmlDocument page) => [.. page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href"))];

        var clinician = await new Browser(setup.Clinician).Open("/practice/patients");
        Assert.Equal("/practice", Menu(await new Browser(setup.Admin).Open("/history"))[^1]);
        Assert.Equal("/practice", Menu(clinician)[^1]);
        Assert.Equal("page", clinician.QuerySelector("nav[aria-label=Main] a[href='/practice']")!.GetAttribute("aria-current"));
        Assert.DoesNotContain("/practice", Menu(await person.Open("/history")));
    }

    [Fact]
    public async Task Consent_ListsExactlyWhatIsShown_ThenThePersonIsOnThePatientListUntilTheyUnlink()
    {
        var setup = await PracticeSetup.Make(factory);
        var code = (string)(await setup.LinkCode())["code"]!;
        var person = new Browser(factory.Client());
        var email = await TestApi.Register(person.Client);
        var stop = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-1));
        stop["stopReason"] = "sharp-pain";
        await TestApi.Post(person.Client, "/api/sessions", TestApi.Text(stop));

        var preview = await person.Submit(Browser.FormByButton(await person.Open($"/account/link?code={code}"), "Check the code"));

        Assert.Contains(setup.ClinicianEmail, preview.QuerySelector("#consent-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SharedWithClinician.Shown, preview.QuerySelectorAll(".link-consent ul")[0].QuerySelectorAll("li").Select(li => li.TextContent));
        var clinician = new Browser(setup.Clinician);
        Assert.DoesNotContain(email, (await clinician.Open("/practice/patients")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var linked = await person.Submit(Browser.FormByButton(preview, "I agree: link us"));

        Assert.Contains("You are linked", linked.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var list = await clinician.Open("/practice/patients");
        var row = list.QuerySelectorAll("ol.patients > li").Single(li => li.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("card-attention", row.ClassName, StringComparison.Ordinal);
        Assert.Contains("1 safety stop", row.TextContent, StringComparison.Ordinal);
        var view = await clinician.Open(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(Links.WeeksShown, view.QuerySelectorAll("table.weeks tbody tr").Length);
        Assert.Single(view.QuerySelectorAll("ol.sessions > li"));
        Assert.True(view.QuerySelectorAll("section.sheet").Length >= 7);

        await person.Submit(Browser.FormByButton(linked, "Unlink"));

        var gone = await setup.Clinician.GetAsync(row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task PracticePages_AnAccountWithoutTheRole_Is404()
    {
        var person = factory.Client();
        await TestApi.Register(person);

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/practice")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/practice/patients")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync($"/practice/patients/{Guid.NewGuid()}")).StatusCode);
    }
}
