using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// The calf drawing shows the technique: the hand or tool of the step, moved through each stroke by the session clock
/// (the page's clock is Playwright's, paused and moved on by hand, so every reading is at a known session time), over
/// the lane in hand for each leg as seen from behind, a point during a trigger-point hold, and standing still when
/// the person asks for reduced motion.
/// </summary>
public sealed partial class PlayerTests
{
    /// <summary>When a cue of the plan begins and when what it begins ends, in session seconds, from the page's player data.</summary>
    private static async Task<(double At, double Ends)> CueTimes(IPage page, string leg, string stepId, string kind, string? lane = null)
    {
        var times = await page.EvaluateAsync<double[]>("""
            ([leg, stepId, kind, lane]) => {
              const { segments, cues } = JSON.parse(document.getElementById('soleus-player').textContent).timeline;
              const segment = segments.find(s => s.leg === leg && s.stepId === stepId).index;
              const cue = cues.find(c => c.segment === segment && c.kind === kind && (lane === '' || c.lane === lane));
              return [cue.atSeconds, cue.endsAtSeconds];
            }
            """, new[] { leg, stepId, kind, lane ?? "" });
        return (times[0], times[1]);
    }

    /// <summary>Moves the paused page clock on to session second <paramref name="seconds"/> (at speed 1) and lets a frame run.</summary>
    private static async Task GoTo(IPage page, double seconds)
    {
        var ms = (long)Math.Round((seconds - await Elapsed(page)) * 1000);
        Assert.True(ms > 0, $"session second {seconds} is behind the session ({await Elapsed(page)})");
        await page.Clock.FastForwardAsync(ms);
        await page.Clock.RunForAsync(50);
    }

    /// <summary>The tool's working point on the screen, the shape shown, the lit lane of the picture (left, centre, right) and its edges.</summary>
    private static async Task<JsonElement> Tool(IPage page) => await page.EvaluateAsync<JsonElement>("""
        () => {
          const m = document.getElementById('calf-tool').getScreenCTM();
          const shape = document.querySelector('.tool-shape.is-on');
          const lane = document.querySelector('.calf-lane.is-on');
          const box = lane?.getBoundingClientRect();
          return {
            x: m.e, y: m.f,
            shape: shape?.dataset.shape ?? null,
            shown: shape ? shape.getBoundingClientRect().width > 0 : false,
            point: document.querySelector('#calf-point.is-on') !== null,
            lit: document.querySelectorAll('.calf-area.is-on').length,
            lane: lane?.dataset.laneX ?? null, laneLeft: box?.left ?? 0, laneRight: box?.right ?? 0,
          };
        }
        """);

    /// <summary>The tool at a tenth and at half of the first such cue of a leg's step: early in a stroke or pass, then later.</summary>
    private static async Task<(JsonElement Early, JsonElement Later)> ThroughAStroke(IPage page, string leg, string stepId, string kind, string? lane = null)
    {
        var (at, ends) = await CueTimes(page, leg, stepId, kind, lane);
        await GoTo(page, at + (0.1 * (ends - at)));
        var early = await Tool(page);
        await GoTo(page, at + (0.5 * (ends - at)));
        return (early, await Tool(page));
    }

    /// <summary>A new tab with the page clock under the test's hand, started on a plan for both calves at the real pace, then paused.</summary>
    private async Task<BrowserPage> PlayingOnAPausedClock(string? variant = null, Action<BrowserNewContextOptions>? configure = null, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var tab = await fixture.Open(variant, configure, test);
        await tab.Page.Clock.InstallAsync();
        await Visitor(tab);
        await StartPlaying(tab.Page, speed: 1, legs: ["left", "right"]);
        var now = await tab.Page.EvaluateAsync<double>("() => Date.now()");
        await tab.Page.Clock.PauseAtAsync(DateTimeOffset.FromUnixTimeMilliseconds((long)now + 1000).UtcDateTime);
        return tab;
    }

    /// <summary>What shows on the screen at the phone's two orientations, portrait last so the test goes on as it was.</summary>
    private static async Task BothOrientations(BrowserPage tab, string step)
    {
        foreach (var (width, height, name) in new[] { (844, 390, "landscape"), (390, 844, "portrait") })
        {
            await tab.Page.SetViewportSizeAsync(width, height);
            await tab.Page.ScreenshotAsync(new() { Path = Screenshots.File(tab.Test, $"{step}-{name}"), Animations = ScreenshotAnimations.Disabled });
        }
    }

    [SkippableFact]
    public async Task Player_CalfDrawing_MovesTheToolWithTheSessionClockOverTheLaneInHandForEachLeg()
    {
        await using var tab = await PlayingOnAPausedClock();
        var page = tab.Page;

        // Warm-up: the palms go up from the ankle through the first stroke, at the session's time.
        var (early, later) = await ThroughAStroke(page, "left", "warm-up", "stroke");
        Assert.Equal("glide", later.GetProperty("shape").GetString());
        Assert.True(later.GetProperty("shown").GetBoolean());
        Assert.True(later.GetProperty("y").GetDouble() < early.GetProperty("y").GetDouble() - 20, $"the hand moves up toward the knee: {early} then {later}");
        Assert.Equal(early.GetProperty("x").GetDouble(), later.GetProperty("x").GetDouble(), 1);
        await BothOrientations(tab, "stroke");

        // Pausing stops it.
        await page.Keyboard.PressAsync("Space");
        await WaitForState(page, "paused", 5000);
        var paused = await Tool(page);
        await page.Clock.RunForAsync(2000);
        Assert.Equal(paused.GetProperty("y").GetDouble(), (await Tool(page)).GetProperty("y").GetDouble(), 1);
        await page.Keyboard.PressAsync("p");
        await WaitForState(page, "running", 5000);

        // A trigger-point hold presses one point; no area of the calf is lit.
        var (at, _) = await CueTimes(page, "left", "trigger-points", "hold-start");
        await GoTo(page, at + 3);
        var hold = await Tool(page);
        Assert.Equal("press", hold.GetProperty("shape").GetString());
        Assert.True(hold.GetProperty("point").GetBoolean());
        Assert.Equal(0, hold.GetProperty("lit").GetInt32());
        await BothOrientations(tab, "hold");

        // Stripping the inner edge: the knuckles go up that lane, on the right of the left calf and the left of the right calf.
        foreach (var (leg, column) in new[] { ("left", "right"), ("right", "left") })
        {
            var (start, strip) = await ThroughAStroke(page, leg, "strip", "lane", "inner");
            Assert.Equal("strip", strip.GetProperty("shape").GetString());
            Assert.Equal(column, strip.GetProperty("lane").GetString());
            Assert.InRange(strip.GetProperty("x").GetDouble(), strip.GetProperty("laneLeft").GetDouble(), strip.GetProperty("laneRight").GetDouble());
            Assert.True(strip.GetProperty("y").GetDouble() < start.GetProperty("y").GetDouble() - 20, $"{leg}: the knuckles move up the lane: {start} then {strip}");
            await Expect(page.Locator("#calf-caption")).ToContainTextAsync($"{(leg == "left" ? "Left" : "Right")} calf, seen from behind: work inner edge with the knuckles");
            await BothOrientations(tab, $"strip-inner-{leg}");
        }

        // axe-core waits on timers, which run again once the page clock does.
        await page.Clock.ResumeAsync();
        await tab.AssertAccessible("strip");
        tab.AssertNoProblems();
    }

    /// <summary>Ten minutes for the left calf, tired hands and the soleus favoured, with <paramref name="equipment"/> to hand.</summary>
    [SkippableTheory]
    [InlineData("foam-roller massage-gun")]
    [InlineData("massage-ball")]
    public async Task Player_CalfDrawing_EachToolStep_ShowsItsToolAndSaysSo(string equipment)
    {
        await using var tab = await fixture.Open(equipment.Replace(' ', '-'));
        var page = tab.Page;
        await page.Clock.InstallAsync();
        await Visitor(tab);
        await Flows.Screen(page, legs: ["left"]);
        await Flows.ContinueToPlan(page);
        foreach (var tool in equipment.Split(' '))
        {
            await page.Locator($"input[type=checkbox][name=equipment][value='{tool}']").CheckAsync();
        }

        await page.Locator("input[type=radio][name=emphasis][value=soleus]").CheckAsync();
        await page.Locator("input[type=checkbox][name=handsTired]").CheckAsync();
        await page.GetByLabel("Minutes per calf").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();
        await OpenPlayer(page, speed: 1);
        await StartSession(page);
        var now = await page.EvaluateAsync<double>("() => Date.now()");
        await page.Clock.PauseAtAsync(DateTimeOffset.FromUnixTimeMilliseconds((long)now + 1000).UtcDateTime);

        // Every step done with something other than the hands, half-way through: its tool drawn, and named in the caption.
        var steps = await page.EvaluateAsync<JsonElement>("""
            () => {
              const data = JSON.parse(document.getElementById('soleus-player').textContent);
              return data.timeline.segments.filter(s => data.steps[s.stepId].tool !== 'hands')
                .map(s => ({ tool: data.steps[s.stepId].tool, middle: s.startSeconds + s.durationSeconds / 2 }));
            }
            """);
        var shown = new List<string>();
        foreach (var step in steps.EnumerateArray())
        {
            var tool = step.GetProperty("tool").GetString()!;
            await GoTo(page, step.GetProperty("middle").GetDouble());
            var drawn = await Tool(page);
            Assert.Equal(tool, drawn.GetProperty("shape").GetString());
            Assert.True(drawn.GetProperty("shown").GetBoolean(), $"the {tool} is drawn");
            var words = await page.Locator($".tool-shape[data-shape='{tool}']").GetAttributeAsync("data-words");
            await Expect(page.Locator("#calf-caption")).ToContainTextAsync(words!);
            // What to keep off, as a sentence: "Keep off: back of knee, bone."
            await Expect(page.Locator("#step-avoid")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Keep off[: ][a-z ,]+\\.$"));
            await BothOrientations(tab, tool);
            shown.Add(tool);
        }

        Assert.Equal(["opposite-knee", .. equipment.Split(' ')], shown.Distinct().Order(StringComparer.Ordinal).OrderBy(t => t != "opposite-knee"));
        await page.Clock.ResumeAsync();
        await tab.AssertAccessible("last-tool");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Player_CalfDrawing_WithReducedMotion_HoldsTheHandStillBesideTheArrow()
    {
        await using var tab = await PlayingOnAPausedClock(configure: o => o.ReducedMotion = ReducedMotion.Reduce);
        var page = tab.Page;

        var (early, later) = await ThroughAStroke(page, "left", "warm-up", "stroke");
        Assert.Equal("glide", later.GetProperty("shape").GetString());
        Assert.Equal(early.GetProperty("y").GetDouble(), later.GetProperty("y").GetDouble(), 1);
        Assert.Equal(early.GetProperty("x").GetDouble(), later.GetProperty("x").GetDouble(), 1);
        Assert.True(await page.Locator("#calf-arrow").EvaluateAsync<bool>("a => getComputedStyle(a).display !== 'none' && a.getBoundingClientRect().height > 50"), "the arrow shows the direction");
        await tab.Screenshot("stroke-still");
        tab.AssertNoProblems();
    }
}
