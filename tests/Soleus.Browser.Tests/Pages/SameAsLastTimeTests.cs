using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>Without an account, this browser remembers the last plan's choices and offers them on the questions page.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SameAsLastTimeTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Questions_NoAccountAfterAPlan_OfferTheLastChoicesAndTheAnswersAfresh()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;
        await Flows.AcceptDisclaimer(page);
        await Flows.Screen(page, legs: ["left"]);
        await Flows.ContinueToPlan(page);
        await page.Locator("input[type=checkbox][name=equipment][value='massage-ball']").CheckAsync();
        await page.Locator("input[type=radio][name=position][value=floor]").CheckAsync();
        await page.Locator("input[type=radio][name=emphasis][value=soleus]").CheckAsync();
        await page.GetByLabel("Minutes per calf").FillAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();
        await Expect(page.Locator("li.step[data-step='massage-ball']")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => (localStorage.getItem('soleus.plan') ?? '').includes('massage-ball')");

        await page.GotoAsync("/screening");

        await Expect(page.Locator("[data-choices-label]")).ToHaveTextAsync("Same as last time");
        await Expect(page.Locator("[data-choices-summary]")).ToHaveTextAsync("Your hands, Massage ball or lacrosse ball · 9 minutes per calf · Sitting on the floor");
        await Expect(page.Locator("input[type=checkbox][name=legs][value=left]")).ToBeCheckedAsync();
        await Expect(page.Locator("input[type=checkbox][name=legs][value=right]")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("input[name='answers.sharp-pain.right']").First).ToBeHiddenAsync();
        await Expect(page.Locator("input[type=radio][name^='answers.']:checked")).ToHaveCountAsync(0);
        await tab.AssertAccessible("questions");
        await Flows.Screen(page, legs: ["left"]);
        await Expect(page.Locator("li.step[data-step='massage-ball']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".plan-overview dl.facts")).ToContainTextAsync("Sitting on the floor, favouring the soleus");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Questions_FirstVisit_OfferTheDefaults()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;

        await Flows.AcceptDisclaimer(page);

        await page.GotoAsync("/screening");

        await Expect(page.Locator("[data-choices-label]")).ToHaveTextAsync("Your session");
        await Expect(page.Locator("[data-choices-summary]")).ToHaveTextAsync("Your hands · 8 minutes per calf · Sitting on a chair");
        await tab.AssertAccessible("questions");
        tab.AssertNoProblems();
    }
}
