using Microsoft.Playwright;

namespace Soleus.Browser.Tests;

/// <summary>
/// One test's tab: a fresh browser context (its own cookies and storage) on the phone viewport, with a page whose
/// relative URLs go to the app. It keeps what went wrong in the page (uncaught script errors, console errors such as
/// a Content-Security-Policy refusal), saves screenshots under the test's name, and closes the context when disposed.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> problems = [];
    private readonly List<string> dialogs = [];

    internal BrowserPage(IBrowserContext context, IPage page, string test)
    {
        Context = context;
        Page = page;
        Test = test;
        page.PageError += (_, error) => Record("script error: " + error);
        // Leaving a running session asks first (beforeunload); the tests that leave one accept, as a person who means it would.
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            if (dialog.Type == "beforeunload")
            {
                await dialog.AcceptAsync();
            }
        };
        page.Console += (_, message) =>
        {
            // Chromium asks every site for /favicon.ico on its own; the app has no such file, and that is no fault of a page.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico:", StringComparison.Ordinal))
            {
                Record($"console error: {message.Text} ({message.Location})");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The type of each dialog the page opened ("beforeunload", "alert", …), in order.</summary>
    public IReadOnlyList<string> Dialogs => dialogs;

    /// <summary>The name screenshots are saved under: the test method's, plus a variant for a theory's case.</summary>
    public string Test { get; }

    /// <summary>Script errors and console errors seen so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    /// <summary>Saves the whole page as <c>&lt;test&gt;-&lt;step&gt;.png</c> in <see cref="Screenshots.Folder"/> and returns the file.</summary>
    public async Task<string> Screenshot(string step)
    {
        var file = Screenshots.File(Test, step);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Scale = ScreenshotScale.Css, Animations = ScreenshotAnimations.Disabled });
        return file;
    }

    /// <summary>
    /// Saves a screenshot of the step, then asserts axe-core finds no WCAG 2.1 AA violation on the page as it is, and
    /// that the page fits the viewport's width (WCAG 1.4.10 Reflow, which axe does not check: no sideways scrolling).
    /// </summary>
    public async Task AssertAccessible(string step)
    {
        await Screenshot(step);
        await Axe.AssertNoViolations(Page, $"{Test}, step {step}");
        // Against the width the context asked for: a mobile viewport zooms out to show a page that is too wide, and
        // then window.innerWidth grows with it.
        var width = Page.ViewportSize?.Width ?? 390;
        var wider = await Page.EvaluateAsync<string[]>("""
            width => document.documentElement.scrollWidth <= width ? [] :
                [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\s+/g, '.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`)
                    .slice(0, 10)
            """, width);
        Assert.True(wider.Length == 0, $"{Test}, step {step}: the page is wider than the {width}px viewport (WCAG 1.4.10), so it scrolls sideways:\n{string.Join('\n', wider)}");
    }

    /// <summary>Asserts the page had no uncaught script error and logged no console error (CSP refusals included).</summary>
    public void AssertNoProblems() => Assert.True(Problems.Count == 0, $"{Test}: the page reported:\n{string.Join('\n', Problems)}");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Record(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
