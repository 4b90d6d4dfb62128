using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Debian's Chromium started by the benchmark itself, muted and without the flags Playwright adds to keep background
/// pages running, with its DevTools port open: its tabs are hidden behind one another, throttled and frozen as a
/// phone's are (see ../shared/NOTES.md). Tabs are opened and brought to the front through the port's HTTP endpoints.
/// </summary>
internal sealed class OwnChromium : IAsyncDisposable
{
    private readonly Child process;
    private readonly HttpClient http;

    private OwnChromium(Child process, string endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
        http = new HttpClient { BaseAddress = new Uri(endpoint) };
    }

    /// <summary>The DevTools HTTP endpoint, for Playwright's ConnectOverCDPAsync and the tab endpoints.</summary>
    public string Endpoint { get; }

    public static async Task<OwnChromium> Start(string path)
    {
        var profile = Directory.CreateTempSubdirectory("soleus-chromium-");
        var process = Child.Start(new ProcessStartInfo(path, [.. Phone.Flags, "--mute-audio", "--remote-debugging-port=0", "--user-data-dir=" + profile.FullName, "about:blank"]), profile);
        try
        {
            return new OwnChromium(process, $"http://127.0.0.1:{await DevToolsPort(profile, process)}");
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The id and DevTools socket of the tab whose address contains <paramref name="part"/>.</summary>
    public async Task<(string Id, Uri Socket)> Tab(string part)
    {
        var tabs = await http.GetFromJsonAsync<JsonElement[]>("/json/list") ?? [];
        var tab = tabs.First(t => t.GetProperty("type").GetString() == "page" && t.GetProperty("url").GetString()!.Contains(part, StringComparison.Ordinal));
        return (tab.GetProperty("id").GetString()!, new Uri(tab.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    /// <summary>Opens a blank tab and returns its id.</summary>
    public async Task<string> OpenTab()
    {
        using var response = await http.PutAsync(new Uri("/json/new?about:blank", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Brings the tab with this id to the front.</summary>
    public async Task Activate(string id)
    {
        using var response = await http.GetAsync(new Uri($"/json/activate/{id}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return process.DisposeAsync();
    }

    /// <summary>The port Chromium chose, from the DevToolsActivePort file it writes into its profile.</summary>
    private static async Task<string> DevToolsPort(DirectoryInfo profile, Child process)
    {
        var file = Path.Combine(profile.FullName, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium stopped with exit code {process.ExitCode}.");
            }

            if (File.Exists(file) && (await File.ReadAllLinesAsync(file)) is [var port, ..] && port.Length > 0)
            {
                return port;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Chromium did not open its DevTools port within 30 s.");
    }
}
