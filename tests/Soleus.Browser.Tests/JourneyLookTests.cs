using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// How Soleus looks, page by page: the way from the home page to the player, and the account's pages, at a phone's
/// size (390×844) and a desktop's (1280×800) in the light and the dark colour scheme, and on the phone turned sideways.
/// Each page is saved as <c>artifacts/screenshots/journey/&lt;size&gt;-&lt;scheme&gt;-&lt;step&gt;.png</c> and checked
/// by axe-core in the scheme it is shown in, colour contrast included, and every text's contrast must be one axe could
/// judge.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class JourneyLookTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData("phone", "light")]
    [InlineData("phone", "dark")]
    [InlineData("desktop", "light")]
    [InlineData("desktop", "dark")]
    [InlineData("landscape", "light")]
    public async Task Journey_EachSizeAndScheme_EveryPageSavedAndAccessible(string size, string scheme)
    {
        await using var tab = await Open(size, scheme);
        var page = tab.Page;
        async Task Look(string step) => await LookAt(tab, $"{size}-{scheme}-{step}");

        await page.GotoAsync("/");
        await AssertScheme(page, scheme);
        await Look("01-home-first-visit");
        await Flows.AcceptDisclaimer(page);
        await Look("02-home");
        await page.GotoAsync("/screening");
        await Look("03-questions");
        await Flows.Screen(page);
        await Look("04-verdict");
        await Flows.ContinueToPlan(page);
        await Look("05-plan-builder");
        await Flows.Build(page);
        await Look("06-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the guided session" }).ClickAsync();
        await Expect(page.Locator("#player-ready")).ToBeVisibleAsync();
        await Look("07-player-ready");

        await page.GotoAsync("/account/sign-in");
        await Look("08-sign-in");
        await page.GotoAsync("/account/register");
        await Look("09-register");
        await Flows.Register(page);
        await Look("10-profile");
        await Flows.SaveProfile(page);
        var now = DateTimeOffset.UtcNow;
        await Flows.SaveSession(page, now.AddDays(-9), tightnessBefore: 7, tightnessAfter: 5);
        await Flows.SaveSession(page, now.AddDays(-4), tightnessBefore: 6, tightnessAfter: null, stopReason: "sharp-pain");
        await Flows.SaveSession(page, now.AddHours(-3), tightnessBefore: 5, tightnessAfter: 2);
        await page.GotoAsync("/history");
        await Look("11-history");
        await page.GotoAsync("/summary");
        await Look("12-summary");
        await page.GotoAsync("/account");
        await Look("13-account");
        tab.AssertNoProblems();
    }

    /// <summary>The pages with the strongest colours (alarm red, warning amber, error red), in both schemes.</summary>
    [SkippableTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Verdicts_EachScheme_ColoursPassAxe(string scheme)
    {
        await using var tab = await Open("phone", scheme);
        var page = tab.Page;
        await page.GotoAsync("/account/sign-in");
        await AssertScheme(page, scheme);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await LookAt(tab, $"verdicts-{scheme}-1-form-errors");
        await Flows.AcceptDisclaimer(page);

        await Flows.Screen(page, new Dictionary<string, string> { ["answers.calf-red-warm"] = "yes" });
        await LookAt(tab, $"verdicts-{scheme}-2-emergency");
        await Flows.Screen(page, new Dictionary<string, string> { ["answers.pregnant"] = "not-sure" });
        await LookAt(tab, $"verdicts-{scheme}-3-see-someone-first");

        tab.AssertNoProblems();
    }

    /// <summary>A tab on the phone (390×844), the phone turned sideways ("landscape", 844×390) or a desktop (1280×800, no touch).</summary>
    private Task<BrowserPage> Open(string size, string scheme) => fixture.Open($"{size}-{scheme}", options =>
    {
        options.ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        if (size == "landscape")
        {
            options.ViewportSize = new ViewportSize { Width = 844, Height = 390 };
        }

        if (size == "desktop")
        {
            options.ViewportSize = new ViewportSize { Width = 1280, Height = 800 };
            options.DeviceScaleFactor = 1;
            options.IsMobile = false;
            options.HasTouch = false;
        }
    });

    /// <summary>The page follows the scheme asked for: the media query matches it and the page's background is dark or light with it.</summary>
    private static async Task AssertScheme(IPage page, string scheme)
    {
        var shown = await page.EvaluateAsync<JsonElement>("""
            () => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g).map(Number);
              return { dark: matchMedia('(prefers-color-scheme: dark)').matches, luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
            }
            """);
        Assert.Equal(scheme == "dark", shown.GetProperty("dark").GetBoolean());
        var luminance = shown.GetProperty("luminance").GetDouble();
        Assert.True(scheme == "dark" ? luminance < 0.2 : luminance > 0.8, $"the {scheme} scheme shows a page background of luminance {luminance:0.00}");
    }

    /// <summary>
    /// Checks the page as it is (axe-core's WCAG 2.1 AA rules and reflow, see <see cref="BrowserPage.AssertAccessible"/>),
    /// asserts that axe could judge the contrast of every HTML text (a text over a picture or a gradient it cannot
    /// judge would let a faint colour through; the labels drawn inside an SVG chart are beyond it), and moves the screenshot to the journey folder as <paramref name="name"/>.png.
    /// </summary>
    private static async Task LookAt(BrowserPage tab, string name)
    {
        await tab.AssertAccessible(name);
        var unjudged = await tab.Page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['incomplete'] }))
              .incomplete.flatMap(r => r.nodes)
              .filter(n => !document.querySelector(n.target.join(' '))?.closest('svg'))
              .map(n => `${n.target.join(' ')}: ${n.any.map(a => a.message).join(' ')}`)
            """);
        Assert.True(unjudged.Length == 0, $"{name}: axe could not judge the contrast of:\n{string.Join('\n', unjudged)}");
        var folder = Path.Combine(Screenshots.Folder, "journey");
        Directory.CreateDirectory(folder);
        File.Move(Screenshots.File(tab.Test, name), Path.Combine(folder, name + ".png"), overwrite: true);
    }
}
