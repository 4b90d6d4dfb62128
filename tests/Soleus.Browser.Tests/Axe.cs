using System.Text.Json;
using Microsoft.Playwright;

namespace Soleus.Browser.Tests;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules, run inside the page. The script is evaluated through the DevTools protocol,
/// which the page's Content-Security-Policy does not govern, so the page is checked with its real CSP in force
/// (no BypassCSP, no inline script tag, which that CSP rightly refuses).
/// </summary>
public static class Axe
{
    public static IReadOnlyList<string> Tags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Prerequisites.RequireAxe()));

    private const string Run = """
        async (tags) => {
            const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })),
            })));
        }
        """;

    /// <summary>Each violation on the page as it is now, one line per element: id, impact, target, help.</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Prerequisites.RequireAxe();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // A plain statement list, not a function: Playwright evaluates it as a script in the page's main world.
            await page.EvaluateAsync(Source.Value + "\n;void 0;");
        }

        var json = await page.EvaluateAsync<string>(Run, Tags);
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document.RootElement.EnumerateArray().SelectMany(v => v.GetProperty("nodes").EnumerateArray().Select(n =>
                $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) at {n.GetProperty("target").GetString()}: " +
                $"{v.GetProperty("help").GetString()} <{v.GetProperty("helpUrl").GetString()}>\n    {n.GetProperty("summary").GetString()?.Replace("\n", "\n    ", StringComparison.Ordinal)}")),
        ];
    }

    /// <summary>Fails with every violation listed when the page has any.</summary>
    public static async Task AssertNoViolations(IPage page, string where)
    {
        var violations = await Violations(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.1 AA violation(s) on {where} ({page.Url}):\n{string.Join('\n', violations)}");
    }
}
