using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// Session mode: once started, the page is the session. At a phone's portrait and landscape sizes and on a desktop,
/// everything a person needs at arm's length is inside the viewport without scrolling, at the sizes the issue names,
/// with no site menu; leaving mid-session asks first and the session still resumes.
/// </summary>
public sealed partial class PlayerTests
{
    private static readonly string[] AlwaysInView = ["#run-step", "#run-leg", "#cue", "#count", "#session-left", "#calf", ".step-care", "#pause", "#stop"];

    /// <summary>What is wrong with the page's fit: anything of <see cref="AlwaysInView"/> outside the viewport, a page that scrolls, or text too small.</summary>
    private static async Task<List<string>> FitProblems(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            selectors => {
              const problems = [];
              const w = innerWidth, h = innerHeight;
              if (document.scrollingElement.scrollHeight > h + 1) problems.push(`the page scrolls: ${document.scrollingElement.scrollHeight} > ${h}`);
              for (const s of selectors) {
                const el = document.querySelector(s);
                const r = el?.getBoundingClientRect();
                if (!r || r.width === 0 || r.height === 0) { problems.push(`${s} is not shown`); continue; }
                if (r.top < -1 || r.left < -1 || r.bottom > h + 1 || r.right > w + 1) problems.push(`${s} leaves the viewport: ${Math.round(r.top)}..${Math.round(r.bottom)} of ${h}, ${Math.round(r.left)}..${Math.round(r.right)} of ${w}`);
              }
              const size = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
              if (size('#cue') < 32) problems.push(`the cue is ${size('#cue')} px`);
              if (size('#count') < 72) problems.push(`the countdown is ${size('#count')} px`);
              const words = document.querySelector('#cue').textContent.trim().split(/\s+/).filter(w => w).length;
              if (words > 12) problems.push(`the cue has ${words} words: ${document.querySelector('#cue').textContent}`);
              const nav = document.querySelector('.site-header');
              if (nav && nav.getBoundingClientRect().height > 0) problems.push('the site menu shows');
              return problems;
            }
            """, AlwaysInView);
        return [.. json.EnumerateArray().Select(p => p.GetString()!)];
    }

    [SkippableTheory]
    [InlineData(390, 844, "portrait")]
    [InlineData(844, 390, "landscape")]
    [InlineData(1280, 800, "desktop")]
    public async Task Player_SessionMode_EverythingInViewWithoutScrollingOrMenu(int width, int height, string orientation)
    {
        await using var tab = await fixture.Open(orientation);
        var page = await Visitor(tab);
        await page.SetViewportSizeAsync(width, height);
        await StartPlaying(page, speed: 4, legs: ["left", "right"]);

        await Expect(page.Locator("#run-phase")).ToContainTextAsync("Get ready");
        await Expect(page.Locator("#how-to-panel")).ToBeVisibleAsync();
        var gettingReady = await FitProblems(page);
        await tab.Screenshot("get-ready");
        await page.WaitForFunctionAsync("() => soleusPlayer.elapsed() > 12");
        await Expect(page.Locator("#how-to-panel")).ToBeHiddenAsync();
        var stroking = await FitProblems(page);
        await tab.Screenshot("stroke");
        await page.GetByRole(AriaRole.Button, new() { Name = "How to" }).ClickAsync();
        await Expect(page.Locator("#how-to-panel")).ToBeVisibleAsync();
        var howTo = await FitProblems(page);
        await tab.AssertAccessible("how-to");
        await tab.Screenshot("how-to");

        Assert.True(gettingReady.Count + stroking.Count + howTo.Count == 0,
            $"get-ready: {string.Join("; ", gettingReady)} | stroke: {string.Join("; ", stroking)} | how-to: {string.Join("; ", howTo)}");
        tab.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Player_LeavingMidSession_AsksFirstAndTheSessionStillResumes()
    {
        await using var tab = await fixture.Open();
        var page = await Visitor(tab);
        await StartPlaying(page, speed: 1, legs: ["left"]);

        await page.GotoAsync("/");
        await page.GotoAsync("/play?speed=1");

        Assert.Equal(["beforeunload"], tab.Dialogs);
        await Expect(page.Locator("#ready-resume")).ToContainTextAsync("Warm up the tissue, left calf");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume your session" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start again from the beginning" })).ToBeVisibleAsync();
        await tab.Screenshot("offer-to-resume");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start again from the beginning" }).ClickAsync();
        tab.AssertNoProblems();
        await WaitForState(page, "running", 5000);
        Assert.InRange(await Elapsed(page), 0, 2);
        tab.AssertNoProblems();
    }
}
