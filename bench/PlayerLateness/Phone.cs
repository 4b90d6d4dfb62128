using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A phone held by a person: the Chromium flags, the viewport, and the way through the pages to a session playing at
/// <c>/play?bench=1</c> (both calves, 6 minutes each), tapped as a finger would.
/// </summary>
internal static class Phone
{
    /// <summary>What Chromium needs to run headless as root without reaching out to the network on its own.</summary>
    public static IReadOnlyList<string> Flags { get; } =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SOLEUS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static BrowserNewContextOptions Context() => new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        ServiceWorkers = ServiceWorkerPolicy.Block,
    };

    /// <summary>Answers the questions for both calves (all "no", each rated 3), plans 6 minutes each and opens the player, ready to start.</summary>
    public static async Task OpenPlayer(IPage page, string baseUrl)
    {
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(baseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read this" }).ClickAsync();
        await page.GotoAsync(baseUrl + "/screening");
        // The safety history this browser keeps rides in a hidden field that safety.js fills once it has loaded.
        await Expect(page.Locator("input[name=history]")).Not.ToHaveValueAsync("", new() { Timeout = 60_000 });
        await page.Locator("main input[type=radio][name^='answers.'][value=no]").EvaluateAllAsync<int>("radios => { radios.forEach(r => r.click()); return radios.length; }");
        foreach (var leg in new[] { "left", "right" })
        {
            await page.Locator($"input[name='tightnessBefore.{leg}'][value='3']").CheckAsync();
            await page.Locator($"input[name='painBefore.{leg}'][value='3']").CheckAsync();
        }

        await page.Locator("details.session-choices > summary").ClickAsync();
        await page.Locator("input[name=emphasis][value=gastrocnemius]").CheckAsync();
        await page.Locator("input[name=minutesPerCalf]").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
        await page.Locator("form.hand-off").EvaluateAsync("form => form.action = '/play?bench=1'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the guided session" }).ClickAsync();
        await page.Locator("#player-ready").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Taps Start, as a finger does: no mouse pointer is left resting on the page.</summary>
    public static async Task Start(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).TapAsync();
        await page.WaitForFunctionAsync("() => soleusPlayer.state() === 'running'");
    }

    /// <summary>
    /// soleusRight(): every cue the session clock has reached is raised and the step in hand is the one shown, judged
    /// from the timeline and the clock, not from what the player last did.
    /// </summary>
    public const string Right = """
        window.soleusRight = () => {
          const s = soleusPlayer, t = s.elapsed(), { cues, segments } = s.timeline();
          const step = segments.find(g => t < g.endSeconds) ?? segments[segments.length - 1];
          return s.nextCue() === cues.filter(c => c.atSeconds <= t).length && document.getElementById('run-step').textContent === step.name;
        }
        """;
}
