using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Soleus.Web.Features.Practice;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>The practice in Chromium: the person's consent screen, the clinician's patient list and an assigned plan, on a phone held both ways and on a desktop.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PracticeTests(BrowserFixture fixture)
{
    /// <summary>The sizes each screen is checked and pictured at: a phone upright, the phone on its side, a desktop.</summary>
    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (844, 390), (1280, 800)];

    /// <summary>A clinician signed in on a tab of their own, invited by the administrator of a practice made as the add-practice command makes one.</summary>
    private async Task<BrowserPage> Clinician([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var adminEmail = Flows.NewEmail();
        string adminCode;
        using (var scope = fixture.App.Services.CreateScope())
        {
            adminCode = (await scope.ServiceProvider.GetRequiredService<Practices>().Create("Riverside Physiotherapy", adminEmail, DateTimeOffset.UtcNow)).Value!.Code;
        }

        await using var admin = await fixture.Open(test: test + "-administrator");
        await Join(admin.Page, adminCode, adminEmail);
        var email = Flows.NewEmail();
        await admin.Page.GetByLabel("The clinician's email").FillAsync(email);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Make an invitation code" }).ClickAsync();
        var code = (await admin.Page.Locator(".one-time-code").TextContentAsync())!.Trim();
        admin.AssertNoProblems();

        var tab = await fixture.Open(test: test + "-clinician");
        await Join(tab.Page, code, email);
        return tab;
    }

    private static async Task Join(IPage page, string code, string email)
    {
        await page.GotoAsync($"/practice/join?code={code}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Flows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the practice" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riverside Physiotherapy");
    }

    private static async Task<string> MakeCode(BrowserPage clinician)
    {
        await clinician.Page.GotoAsync("/practice");
        await clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Make a link code" }).ClickAsync();
        return (await clinician.Page.Locator(".one-time-code").TextContentAsync())!.Trim();
    }

    /// <summary>Links a person's tab with the clinician by a fresh code, through the consent screen.</summary>
    private static async Task Link(BrowserPage clinician, IPage person)
    {
        var code = await MakeCode(clinician);
        await person.GotoAsync($"/account/link?code={code}");
        await person.GetByRole(AriaRole.Button, new() { Name = "Check the code" }).ClickAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "I agree: link us" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("You are linked");
    }

    private static async Task AtEverySize(BrowserPage tab, string step)
    {
        foreach (var (width, height) in Sizes)
        {
            await tab.Page.SetViewportSizeAsync(width, height);
            await tab.AssertAccessible($"{step}-{width}x{height}");
        }

        await tab.Page.SetViewportSizeAsync(390, 844);
    }

    [SkippableFact]
    public async Task ConsentScreen_ListsWhatTheClinicianWillSee_AndAgreeingLinks()
    {
        await using var clinician = await Clinician();
        var code = await MakeCode(clinician);
        await Expect(clinician.Page.Locator(".link-code img")).ToBeVisibleAsync();
        await AtEverySize(clinician, "link-code");
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.Register(page);

        await page.GotoAsync($"/account/link?code={code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the code" }).ClickAsync();

        await Expect(page.Locator(".link-consent li")).ToHaveCountAsync(SharedWithClinician.Shown.Count + SharedWithClinician.NotShown.Count);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToContainTextAsync("Link with");
        await AtEverySize(tab, "consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "I agree: link us" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are linked");
        await AtEverySize(tab, "linked");
        tab.AssertNoProblems();
        clinician.AssertNoProblems();
    }

    [SkippableFact]
    public async Task PatientList_PutsTheSafetyStopFirst_AndOpensThePersonsView()
    {
        await using var clinician = await Clinician();
        var emails = new List<string>();
        foreach (var stop in new[] { null, "sharp-pain" })
        {
            await using var tab = await fixture.Open(variant: stop ?? "steady");
            emails.Add(await Flows.SignedInReady(tab.Page));
            await Flows.SaveSession(tab.Page, DateTimeOffset.UtcNow.AddDays(-3), tightnessBefore: 6, tightnessAfter: 4);
            await Flows.SaveSession(tab.Page, DateTimeOffset.UtcNow.AddHours(-5), tightnessBefore: 6, tightnessAfter: null, stopReason: stop);
            await Link(clinician, tab.Page);
        }

        var page = clinician.Page;
        await page.GotoAsync("/practice/patients");

        var rows = page.Locator("ol.patients > li");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync(emails[1]);
        await Expect(rows.First).ToContainTextAsync("1 safety stop");
        await AtEverySize(clinician, "patients");
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(emails[1]);
        await Expect(page.Locator("table.weeks tbody tr")).ToHaveCountAsync(Links.WeeksShown);
        await AtEverySize(clinician, "patient");
        clinician.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Clearance_ClinicianRecordsItOnTheForm_ThePersonSeesWhoClearedThemForWhatAndUntilWhen()
    {
        await using var clinician = await Clinician();
        await using var person = await fixture.Open(variant: "person");
        var email = await Flows.SignedInReady(person.Page);
        await Link(clinician, person.Page);
        var page = clinician.Page;
        await page.GotoAsync("/practice/patients");
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear them for their sessions, or end a clearance" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the clearance" }).ClickAsync();
        await Expect(page.Locator("#reasons .field-error")).ToContainTextAsync("Choose at least one reason that asks for a professional first");
        await Expect(page.Locator("#validUntil")).ToHaveAttributeAsync("aria-invalid", "true");
        await AtEverySize(clinician, "clearance-form-errors");
        await page.GetByLabel("Are you pregnant", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Massage gun").UncheckAsync();
        await page.GetByLabel("Most minutes per calf (optional)").FillAsync("7");
        var last = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        await page.GetByLabel("Last day it holds").FillAsync(last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("A note for them (optional)").FillAsync("Gentle pressure only until your next check-up.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the clearance" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The clearance is recorded");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "End this clearance now" })).ToBeVisibleAsync();
        await AtEverySize(clinician, "clearance-form");

        await person.Page.GotoAsync("/account");
        var held = person.Page.Locator("section[aria-labelledby=clearances-title]");
        await Expect(held).ToContainTextAsync("cleared you on");
        await Expect(held).ToContainTextAsync($"until the end of {last.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        await Expect(held).ToContainTextAsync("with your hands, your foam roller, your massage ball and your oil or lotion only");
        await Expect(held).ToContainTextAsync("for at most 7 minutes a calf");
        await Expect(held).ToContainTextAsync("Are you pregnant");
        await Expect(held).ToContainTextAsync("Gentle pressure only until your next check-up.");
        await AtEverySize(person, "account-clearances");
        person.AssertNoProblems();
        clinician.AssertNoProblems();
    }

    [SkippableFact]
    public async Task AssignedPlan_ClinicianSetsIt_ThePersonsSessionStartsFromItAfterTheQuestions()
    {
        await using var clinician = await Clinician();
        await using var tab = await fixture.Open(variant: "person");
        var person = tab.Page;
        var email = await Flows.SignedInReady(person);
        await Link(clinician, person);
        await Flows.SaveSession(person, DateTimeOffset.UtcNow.AddDays(-2), tightnessBefore: 6, tightnessAfter: 4);
        var page = clinician.Page;
        await page.GotoAsync("/practice/patients");
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Set a plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan for");
        await AtEverySize(clinician, "assign-form");
        await page.GetByLabel("Sessions a week").FillAsync("3");
        await page.GetByLabel("Minutes per calf").FillAsync("10");
        await page.Locator("input[type=checkbox][name=equipment][value='foam-roller']").CheckAsync();
        await page.Locator("input[type=radio][name=emphasis][value=soleus]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(email);
        await Expect(page.Locator("main")).ToContainTextAsync("Plan: 3 sessions a week");
        await Expect(page.Locator("table.weeks tbody tr").First).ToContainTextAsync("1 of 3");
        await AtEverySize(clinician, "assigned-patient");
        await person.GotoAsync("/account");
        await Expect(person.Locator("[data-adherence]")).ToContainTextAsync("1 of 3 sessions");
        await AtEverySize(tab, "adherence");
        await person.GotoAsync("/screening");
        await Expect(person.Locator("[data-choices-label]")).ToHaveTextAsync("Your clinician's plan");
        await Expect(person.Locator("[data-assigned-plan]")).ToContainTextAsync("3 sessions a week");
        await AtEverySize(tab, "start");
        await Flows.Screen(person, new Dictionary<string, string> { ["answers.sharp-pain.left"] = "yes" });
        await Expect(person.Locator("h1")).ToHaveTextAsync("Your session plan");
        await Expect(person.Locator("[data-assigned-plan]")).ToContainTextAsync("Set by ");
        Assert.Empty(await Flows.Steps(person, "left"));
        Assert.Contains("foam-roller", await Flows.Steps(person, "right"));
        await AtEverySize(tab, "plan");
        tab.AssertNoProblems();
        clinician.AssertNoProblems();
    }
}
