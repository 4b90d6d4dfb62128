// The guided player in Debian's Chromium on the real clock: plays a planned session for 60 s (or the seconds given)
// and reports how late each cue was raised against its scheduled offset (the player's own record, exposed with
// ?bench=1); then the bytes the /play page transfers on a first load (navigation and subresources, from the
// Resource Timing API, with no service worker or HTTP cache yet), and the gzip size of the player's own JavaScript.
// Usage: dotnet run -c Release --project bench/PlayerLateness [-- seconds]
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Soleus.slnx")))
{
    root = root.Parent;
}

if (root is null)
{
    throw new InvalidOperationException("Run from inside the repository: Soleus.slnx was not found above " + AppContext.BaseDirectory);
}

var wwwroot = Path.Combine(root.FullName, "src", "Soleus.Web", "wwwroot");
var data = Directory.CreateTempSubdirectory("soleus-bench-");
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
using var server = StartServer(root.FullName, data.FullName, baseUrl);
try
{
    await WaitUntilUp(baseUrl, server);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("SOLEUS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl,
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        ServiceWorkers = ServiceWorkerPolicy.Block,
    });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(30_000);
    await PlanBothLegs(page);

    await page.Locator("form.hand-off").EvaluateAsync("form => form.action = '/play?bench=1'");
    await page.GetByRole(AriaRole.Button, new() { Name = "Start the guided session" }).ClickAsync();
    await page.Locator("#player-ready").WaitForAsync();
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    var bytes = await page.EvaluateAsync<long[]>("""
        () => [performance.getEntriesByType('navigation')[0].transferSize,
               performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0),
               performance.getEntriesByType('resource').length]
        """);

    await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).ClickAsync();
    await page.WaitForTimeoutAsync(seconds * 1000);
    var late = await page.EvaluateAsync<double[]>("() => soleusPlayer.lateness.map(l => l.lateMs)");
    var worst = await page.EvaluateAsync<string[]>("() => soleusPlayer.lateness.toSorted((a, b) => b.lateMs - a.lateMs).slice(0, 3).map(l => `${l.kind} at ${l.at} s: ${l.lateMs.toFixed(1)} ms`)");
    var elapsed = await page.EvaluateAsync<double>("() => soleusPlayer.elapsed()");

    var files = Directory.GetFiles(Path.Combine(wwwroot, "js", "player"), "*.js").Append(Path.Combine(wwwroot, "js", "sync.js")).ToList();
    var raw = files.Sum(f => new FileInfo(f).Length);
    var gzipEach = files.Sum(f => Gzip(File.ReadAllBytes(f)));
    var gzipAll = Gzip([.. files.SelectMany(File.ReadAllBytes)]);

    Array.Sort(late);
    Console.WriteLine($"Player cue lateness over {elapsed:0.0} s of real time, {late.Length} cues (ms, raised minus scheduled):");
    Console.WriteLine(late.Length == 0
        ? "  no cue was raised"
        : FormattableString.Invariant($"  median {Percentile(late, 0.5):0.0}, p95 {Percentile(late, 0.95):0.0}, largest {late[^1]:0.0}, smallest {late[0]:0.0}"));
    Console.WriteLine("  latest: " + string.Join("; ", worst));
    Console.WriteLine(FormattableString.Invariant($"/play first load: {bytes[0] + bytes[1]} bytes transferred ({bytes[0]} the page, {bytes[1]} in {bytes[2]} subresources), uncompressed as served"));
    Console.WriteLine(FormattableString.Invariant($"Player JavaScript ({files.Count} files, js/player/*.js and js/sync.js): {raw} bytes, gzip {gzipEach} bytes file by file ({gzipAll} as one stream)"));
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
    data.Delete(recursive: true);
}

static async Task PlanBothLegs(IPage page)
{
    await page.GotoAsync("/");
    await page.GetByRole(AriaRole.Button, new() { Name = "I have read this" }).ClickAsync();
    await page.GotoAsync("/screening?chosen=true&legs=left&legs=right");
    foreach (var no in await page.Locator("main input[type=radio][value=no]").AllAsync())
    {
        await no.CheckAsync();
    }

    await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Continue to the plan" }).ClickAsync();
    await page.Locator("input[name=emphasis][value=gastrocnemius]").CheckAsync();
    await page.Locator("#minutesPerCalf").FillAsync("6");
    foreach (var field in await page.Locator("input[name^='tightness-'], input[name^='pain-']").AllAsync())
    {
        await field.FillAsync("3");
    }

    await page.GetByRole(AriaRole.Button, new() { Name = "Build my plan" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Start the guided session" }).WaitForAsync();
}

static Process StartServer(string root, string dataFolder, string url)
{
    var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--no-launch-profile", "-c", "Release", "--project", Path.Combine(root, "src", "Soleus.Web"), "--urls", url])
    {
        WorkingDirectory = Path.Combine(root, "src", "Soleus.Web"),
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Soleus__DataFolder"] = dataFolder;
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start.");
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) =>
    {
        if (e.Data is { Length: > 0 } line)
        {
            Console.Error.WriteLine("server: " + line);
        }
    };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitUntilUp(string url, Process server)
{
    using var http = new HttpClient();
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < TimeSpan.FromSeconds(60))
    {
        if (server.HasExited)
        {
            throw new InvalidOperationException($"The server stopped with exit code {server.ExitCode}.");
        }

        try
        {
            if ((await http.GetAsync(new Uri(url + "/healthz"))).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }

        await Task.Delay(250);
    }

    throw new TimeoutException("The server did not answer /healthz within 60 s.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static long Gzip(byte[] bytes)
{
    using var output = new MemoryStream();
    using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        gzip.Write(bytes);
    }

    return output.Length;
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
