using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests.Pages;

/// <summary>
/// Passkeys in Chromium with a virtual authenticator (the DevTools protocol's WebAuthn domain: CTAP2, built in,
/// holding resident keys, verifying the user): one is added on the account page, signs the person in after signing
/// out, and is removed, with axe checking each page on the way.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PasskeyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Passkey_AddedOnTheAccountPage_SignsInAfterSignOut_AndIsRemoved()
    {
        await using var tab = await fixture.Open(configure: options => options.BaseURL = fixture.Localhost.ToString().TrimEnd('/'));
        var page = tab.Page;
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new()
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true, ["hasUserVerification"] = true, ["isUserVerified"] = true,
            },
        });
        var email = await Flows.Register(page);
        await Flows.AcceptDisclaimer(page);
        var notice = page.Locator(".notice[role=status]");
        var listed = page.Locator(".passkeys li");

        await page.GotoAsync("/account");
        await Expect(page.GetByText("You have no passkeys yet.")).ToBeVisibleAsync();
        await page.GetByLabel("A name for a new passkey (optional)").FillAsync("Test phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(notice).ToContainTextAsync("Your passkey has been added.");
        await Expect(listed).ToHaveCountAsync(1);
        await Expect(listed).ToContainTextAsync("Test phone");
        await Expect(listed).ToContainTextAsync("not used yet");
        await tab.AssertAccessible("added");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/account/sign-in");
        await Expect(page.GetByText("You are already signed in.")).ToHaveCountAsync(0);
        await tab.AssertAccessible("sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("localhost:[0-9]+/$"));

        await page.GotoAsync("/account");
        await Expect(page.GetByText(email)).ToBeVisibleAsync();
        await Expect(listed).ToContainTextAsync("last used");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Test phone" }).ClickAsync();
        await Expect(notice).ToContainTextAsync("The passkey has been removed.");
        await Expect(listed).ToHaveCountAsync(0);
        await tab.AssertAccessible("removed");
        tab.AssertNoProblems();
    }
}
