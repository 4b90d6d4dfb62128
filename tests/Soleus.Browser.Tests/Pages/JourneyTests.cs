using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>The way in, from a new account to a plan, at the phone viewport; the forms on the way by keyboard alone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class JourneyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Journey_RegisterToPlanByKeyboard_ShowsTheFourLayersInOrderForEachLeg()
    {
        await using var tab = await fixture.Open();
        var page = tab.Page;

        // Create the account: Tab to each field, type, Tab to the button, Enter.
        await page.GotoAsync("/account/register");
        await tab.AssertAccessible("1-register");
        await Keyboard.TypeInto(page, "#email", Flows.NewEmail());
        await Keyboard.TypeInto(page, "#password", Flows.Password);
        await Keyboard.TabTo(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/profile\\?welcome=true$"));

        // Read the disclaimer: follow the Home link with Enter, press the button with Space.
        await Keyboard.TabTo(page, "nav a[href='/']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToContainTextAsync("Soleus");
        await tab.AssertAccessible("2-disclaimer");
        await Keyboard.TabTo(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync(" ");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" })).ToBeVisibleAsync();

        // The health profile: Tab into each group, the arrow key moves from Yes to No, Enter sends.
        await Keyboard.TabTo(page, "nav a[href='/profile']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your health profile");
        await tab.AssertAccessible("3-profile");
        var groups = await page.Locator("main fieldset.answer input[type=radio][value=yes]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.name)");
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            await Keyboard.TabTo(page, $"input[name='{group}']");
            await page.Keyboard.PressAsync("ArrowRight");
            await Expect(page.Locator($"input[name='{group}'][value=no]")).ToBeCheckedAsync();
        }

        await Keyboard.TabTo(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your answers are saved.");
        await tab.AssertAccessible("4-profile-saved");

        // The safety questions, all no, and the plan they lead to: by touch.
        await Flows.Screen(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your session plan");
        await tab.AssertAccessible("5-plan");

        foreach (var leg in Flows.BothLegs)
        {
            Flows.AssertLayersInOrder(await Flows.Steps(page, leg));
        }

        await Expect(page.Locator("li.step[data-step='warm-up'] .step-times")).ToHaveTextAsync(new Regex("left at [0-9:]+ · right at [0-9:]+$"));
        tab.AssertNoProblems();
    }
}
