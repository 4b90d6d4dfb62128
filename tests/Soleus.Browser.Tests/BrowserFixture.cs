using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Soleus.Web.Tests;

namespace Soleus.Browser.Tests;

/// <summary>
/// The real app served by Kestrel on 127.0.0.1 on a free port (the web tests' <see cref="SoleusFactory"/>: a throwaway
/// SQLite folder, or a throwaway PostgreSQL database when SOLEUS_TEST_PROVIDER=postgres), and one headless Chromium.
/// Shared by every test class in <see cref="SharedBrowser"/>; each test opens its own context with
/// <see cref="Open"/>, so tests share no cookies or storage, and each builds its own data (a new account).
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private SoleusFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private ExceptionDispatchInfo? startFailure;

    /// <summary>The app's address, http://127.0.0.1:port/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// The app's address by name, http://localhost:port/, for passkeys: WebAuthn binds a passkey to a domain, never to
    /// an IP address, and Chromium counts localhost as a secure context.
    /// </summary>
    public Uri Localhost => new($"http://localhost:{BaseAddress.Port}/");

    /// <summary>The app's factory: its services, and <see cref="SoleusFactory.Client"/> for calls outside the browser.</summary>
    public SoleusFactory App => app ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The shared Chromium (started with <see cref="Chromium.Arguments"/>).</summary>
    public IBrowser Browser
    {
        get
        {
            startFailure?.Throw();
            Prerequisites.RequireChromium();
            return browser ?? throw new InvalidOperationException("Chromium did not start.");
        }
    }

    /// <summary>The Playwright driver, for a test that needs a Chromium of its own (other flags): see <see cref="Chromium.Launch"/>.</summary>
    public IPlaywright Playwright => playwright ?? throw new InvalidOperationException("Playwright did not start.");

    /// <summary>How long actions and Playwright's expectations wait alike: 15 s, for a CI machine running two suites on 2 cores.</summary>
    private const int WaitMs = 15_000;

    public async Task InitializeAsync()
    {
        try
        {
            // A port chosen first, so the app can name http://localhost:port as an origin passkeys may be used from.
            var port = FreePort();
            app = new SoleusFactory { Settings = new Dictionary<string, string> { ["Soleus:Passkeys:Origins:1"] = $"http://localhost:{port}" } };
            app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            app.StartServer();
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");

            if (File.Exists(Prerequisites.ChromiumPath))
            {
                Assertions.SetDefaultExpectTimeout(WaitMs);
                playwright = await Microsoft.Playwright.Playwright.CreateAsync();
                browser = await Chromium.Launch(playwright);
            }
        }
        catch (Exception failure)
        {
            // Thrown again by Open, where a SkipException skips the test instead of failing the whole collection.
            startFailure = ExceptionDispatchInfo.Capture(failure);
        }
    }

    /// <summary>
    /// A new phone-sized tab for the test (named after the calling method; give <paramref name="variant"/> for a
    /// theory's case). <paramref name="configure"/> may change the context options first, for example grant a
    /// permission; the context's clock, routes and init scripts are reachable through the returned page.
    /// </summary>
    public async Task<BrowserPage> Open(string? variant = null, Action<BrowserNewContextOptions>? configure = null, [CallerMemberName] string test = "")
    {
        var options = Chromium.Phone(BaseAddress);
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(WaitMs);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page, variant is null ? test : $"{test}-{Variant(variant)}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A page path as a screenshot name: "/" is "home", "/account/sign-in" is "account-sign-in".</summary>
    private static string Variant(string variant) => variant == "/" ? "home" : variant.Trim('/');

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
