using Microsoft.Playwright;

namespace Soleus.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, with no browser download (<c>ExecutablePath</c> only, never
/// <c>playwright install</c>), and the phone the tests look at the app with.
/// </summary>
public static class Chromium
{
    /// <summary>The flags Chromium needs to run headless as root, without reaching out to the network on its own.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Starts Chromium with <see cref="Arguments"/> and any <paramref name="extra"/> flags (for example a speech flag).</summary>
    public static Task<IBrowser> Launch(IPlaywright playwright, IEnumerable<string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Prerequisites.RequireChromium();
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = [.. Arguments, .. extra ?? []],
        });
    }

    /// <summary>A phone: 390×844 CSS pixels at twice the density, touch, mobile viewport rules; relative URLs go to the app.</summary>
    public static BrowserNewContextOptions Phone(Uri app) => new()
    {
        BaseURL = app.ToString().TrimEnd('/'),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "en-GB",
        TimezoneId = "UTC",
    };
}
