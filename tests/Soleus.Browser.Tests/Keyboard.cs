using Microsoft.Playwright;

namespace Soleus.Browser.Tests;

/// <summary>Moving through a page with the Tab key only, the way a keyboard or switch user does.</summary>
public static class Keyboard
{
    /// <summary>
    /// Presses Tab until the focused element matches the CSS <paramref name="selector"/>; fails when it is not reached
    /// within <paramref name="maxPresses"/> (not focusable, or hidden from the tab order).
    /// </summary>
    public static async Task TabTo(IPage page, string selector, int maxPresses = 80)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var presses = 0; presses < maxPresses; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'");
        Assert.Fail($"Tab did not reach {selector} in {maxPresses} presses on {page.Url}; focus is on {focused}.");
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has focus, then types <paramref name="text"/> into it.</summary>
    public static async Task TypeInto(IPage page, string selector, string text)
    {
        await TabTo(page, selector);
        await page.Keyboard.TypeAsync(text);
    }
}
