using System.Text.Json;
using Microsoft.Playwright;

namespace Soleus.Browser.Tests;

/// <summary>
/// Counts a person's taps in a tab, in the page itself: every trusted pointer press (a tap or a click, on a label, a
/// choice, a link or a button), and every form sent without one (the Enter key). Each tap is filed by what it landed
/// on: a safety answer (a field <c>answers.…</c>), a rating of how a calf feels (<c>tightnessBefore.…</c>,
/// <c>painBefore.…</c>), or the path (everything else: links, buttons, other choices and fields). The count lives in
/// the tab's sessionStorage, so it runs on across the pages.
/// </summary>
public static class Taps
{
    private const string Key = "soleus.test.taps";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Script = """
        (() => {
          const key = 'soleus.test.taps';
          const read = () => JSON.parse(sessionStorage.getItem(key) ?? '{"path":0,"answers":0,"ratings":0,"log":[]}');
          const kind = control => {
            const name = control?.getAttribute?.('name') ?? '';
            if (name.startsWith('answers.')) return 'answers';
            if (name.startsWith('tightnessBefore.') || name.startsWith('painBefore.')) return 'ratings';
            return 'path';
          };
          const add = (control, what) => {
            const taps = read();
            const k = kind(control);
            taps[k]++;
            taps.log.push(`${location.pathname} ${k}: ${what}`);
            sessionStorage.setItem(key, JSON.stringify(taps));
          };
          let pressed = null;
          document.addEventListener('pointerdown', e => {
            if (!e.isTrusted || !(e.target instanceof Element)) return;
            const control = e.target.closest('label')?.control ?? e.target.closest('input, button, a, summary, select, textarea') ?? e.target;
            pressed = control;
            add(control, `${control.tagName.toLowerCase()} ${control.getAttribute('name') ?? ''}=${control.getAttribute('value') ?? control.textContent?.trim().slice(0, 40) ?? ''}`);
          }, true);
          document.addEventListener('submit', e => {
            if (e.submitter && e.submitter === pressed) return;
            add(e.submitter, `sent ${e.target.getAttribute('action') ?? location.pathname} by key`);
          }, true);
        })();
        """;

    /// <summary>Counts every tap in the context's pages from now on.</summary>
    public static Task Count(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AddInitScriptAsync(Script);
    }

    /// <summary>Starts the count again at nothing (the setting-up before the journey counted is left out).</summary>
    public static Task Reset(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync($"() => sessionStorage.removeItem('{Key}')");
    }

    /// <summary>The taps so far.</summary>
    public static async Task<TapCount> Read(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = await page.EvaluateAsync<string?>($"() => sessionStorage.getItem('{Key}')");
        return json is null ? new(0, 0, 0, []) : JsonSerializer.Deserialize<TapCount>(json, Json)!;
    }
}

/// <summary>Taps by kind (see <see cref="Taps"/>), and what each landed on.</summary>
public sealed record TapCount(int Path, int Answers, int Ratings, IReadOnlyList<string> Log)
{
    public int Total => Path + Answers + Ratings;

    public override string ToString() => $"{Total} taps: {Path} on the path, {Answers} safety answers, {Ratings} ratings\n{string.Join('\n', Log)}";
}
