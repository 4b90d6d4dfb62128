// The guided player in Debian's Chromium on the real clock, at a phone viewport, against the host in Release. It plans
// a session for both calves through the pages and plays it at /play?bench=1, in one of three ways:
//   lateness [seconds]  (the default, 60 s) in front all along: how late each cue was raised against its scheduled
//                       offset and how the sounds were placed; then the bytes /play transfers on a first load
//                       (Resource Timing, cold cache, no service worker) and the gzip size of the player's JavaScript.
//   hidden [seconds]    10 s in front, then a second page in front for the seconds given (60, or 400 to reach
//                       Chromium's one wake-up a minute), muted, then in front again.
//   frozen [seconds]    10 s in front, 5 s behind another page, then frozen (Page.setWebLifecycleState) for the seconds
//                       given, 10 s unfrozen but still behind, then in front again.
// hidden and frozen start Chromium themselves without Playwright's flags that keep background pages running (see
// ../shared/NOTES.md) and report, phase by phase, the sounds played on time, late or dropped (from the player's own
// log of what it placed on the audio clock), the cues raised, and the time from bringing the page to the front until
// it shows the state the session clock calls for (every cue due raised, the step in hand shown), in a painted frame.
// Usage: dotnet run -c Release --project bench/PlayerLateness [-- lateness|hidden|frozen [seconds]]
using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;

var mode = args.Length > 0 ? args[0] : "lateness";
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
if (mode is not ("lateness" or "hidden" or "frozen") || seconds < 1)
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/PlayerLateness [-- lateness|hidden|frozen [seconds]]");
    return 2;
}

var root = BenchServer.Root();
await using var server = await BenchServer.Start(root);
using var playwright = await Playwright.CreateAsync();
if (mode == "lateness")
{
    await Lateness(playwright, server.Url, root, seconds);
}
else
{
    await Hidden(playwright, server.Url, seconds, frozen: mode == "frozen");
}

return 0;

static async Task Lateness(IPlaywright playwright, string url, DirectoryInfo root, int seconds)
{
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Phone.ChromiumPath, Headless = true, Args = Phone.Flags });
    await using var context = await browser.NewContextAsync(Phone.Context());
    var page = await context.NewPageAsync();
    await Phone.OpenPlayer(page, url);
    var bytes = await page.EvaluateAsync<long[]>("""
        () => [performance.getEntriesByType('navigation')[0].transferSize,
               performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0),
               performance.getEntriesByType('resource').length]
        """);

    await Phone.Start(page);
    await Task.Delay(seconds * 1000);
    var log = PlayerLog.Parse(await page.EvaluateAsync<string>(PlayerLog.Script));
    var elapsed = await page.EvaluateAsync<double>("soleusPlayer.elapsed()");

    var late = log.Raised.Select(c => c.LateMs).Order().ToArray();
    var worst = log.Raised.OrderByDescending(c => c.LateMs).Take(3).Select(c => FormattableString.Invariant($"{c.Kind} at {c.At} s: {c.LateMs:0.0} ms"));
    Console.WriteLine(FormattableString.Invariant($"Player cue lateness over {elapsed:0.0} s of real time, {late.Length} cues (ms, raised minus scheduled), each once in order: {(log.CuesOnceInOrder ? "yes" : "NO")}"));
    Console.WriteLine(late.Length == 0
        ? "  no cue was raised"
        : FormattableString.Invariant($"  median {Percentile(late, 0.5):0.0}, p95 {Percentile(late, 0.95):0.0}, largest {late[^1]:0.0}, smallest {late[0]:0.0}"));
    Console.WriteLine("  latest: " + string.Join("; ", worst));
    Console.WriteLine("  sounds: " + log.Sounds(0, elapsed));

    var wwwroot = Path.Combine(root.FullName, "src", "Soleus.Web", "wwwroot");
    var files = Directory.GetFiles(Path.Combine(wwwroot, "js", "player"), "*.js").Append(Path.Combine(wwwroot, "js", "sync.js")).ToList();
    var raw = files.Sum(f => new FileInfo(f).Length);
    var gzipEach = files.Sum(f => Gzip(File.ReadAllBytes(f)));
    var gzipAll = Gzip([.. files.SelectMany(File.ReadAllBytes)]);
    Console.WriteLine(FormattableString.Invariant($"/play first load: {bytes[0] + bytes[1]} bytes transferred ({bytes[0]} the page, {bytes[1]} in {bytes[2]} subresources, scripts, styles and pictures compressed as the browser accepts)"));
    Console.WriteLine(FormattableString.Invariant($"Player JavaScript ({files.Count} files, js/player/*.js and js/sync.js): {raw} bytes, gzip {gzipEach} bytes file by file ({gzipAll} as one stream)"));
}

static async Task Hidden(IPlaywright playwright, string url, int seconds, bool frozen)
{
    await using var chromium = await OwnChromium.Start(Phone.ChromiumPath);
    // Playwright plans the session and opens the player; it then lets go of the browser, and its focus emulation with
    // it. The session waits in the browser's IndexedDB, ready to start.
    await using (var browser = await playwright.Chromium.ConnectOverCDPAsync(chromium.Endpoint))
    {
        var planning = browser.Contexts[0].Pages[0];
        await planning.SetViewportSizeAsync(390, 844);
        await Phone.OpenPlayer(planning, url);
    }

    var (playerTab, socket) = await chromium.Tab("/play");
    await using var page = await Cdp.Connect(socket);
    await page.Send("Emulation.setDeviceMetricsOverride", new { width = 390, height = 844, deviceScaleFactor = 2, mobile = true });
    await page.Send("Emulation.setTouchEmulationEnabled", new { enabled = true });
    await page.Evaluate<object?>(Phone.Right);
    await page.Click("start");
    await page.WaitFor("soleusPlayer.state() === 'running'", TimeSpan.FromSeconds(30));
    await Task.Delay(10_000);

    var phases = new List<(string Name, double From, double To)>();
    var elapsed = () => page.Evaluate<double>("soleusPlayer.elapsed()");
    var hiddenAt = await elapsed();
    await chromium.Activate(await chromium.OpenTab());
    await page.WaitFor("document.visibilityState === 'hidden'", TimeSpan.FromSeconds(10));
    phases.Add(("in front", 0, hiddenAt));
    if (frozen)
    {
        await Task.Delay(5_000);
        var frozenAt = await elapsed();
        await page.Send("Page.setWebLifecycleState", new { state = "frozen" });
        await Task.Delay(seconds * 1000);
        await page.Send("Page.setWebLifecycleState", new { state = "active" });
        var rightAtOnce = await page.Evaluate<bool>("soleusRight()");
        var resumedAt = await elapsed();
        Console.WriteLine($"Unfrozen, still behind: the state is right at the first look: {(rightAtOnce ? "yes" : "no")}");
        await Task.Delay(10_000);
        phases.Add(("behind", hiddenAt, frozenAt));
        phases.Add(($"frozen {seconds} s", frozenAt, resumedAt));
        phases.Add(("unfrozen, behind", resumedAt, await elapsed()));
    }
    else
    {
        await Task.Delay(seconds * 1000);
        phases.Add(($"behind {seconds} s, muted", hiddenAt, await elapsed()));
    }

    // When the page hears it is visible, and the first frame that shows the right state (wall-clock ms, as the bench's).
    await page.Evaluate<object?>("""
        window.soleusShown = new Promise(resolve => {
          let told = 0;
          document.addEventListener('visibilitychange', () => { told ||= Date.now(); });
          const look = () => (document.visibilityState === 'visible' && soleusRight() ? resolve([told, Date.now()]) : requestAnimationFrame(look));
          requestAnimationFrame(look);
        });
        null
        """);
    var shownAt = await elapsed();
    var asked = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    await chromium.Activate(playerTab);
    var shown = await page.Evaluate<double[]>("soleusShown");
    await Task.Delay(5_000);
    phases.Add(("in front again", shownAt, await elapsed()));

    var log = PlayerLog.Parse(await page.Evaluate<string>(PlayerLog.Script));
    Console.WriteLine(FormattableString.Invariant($"Brought to the front: the state is right {shown[1] - asked:0} ms later, in the first frame to show every cue due raised and the step in hand ({shown[0] - asked:0} ms until the page heard it was visible, {shown[1] - shown[0]:0} ms from there)"));
    Console.WriteLine($"Cues raised each once, in order: {(log.CuesOnceInOrder ? "yes" : "NO")}");
    foreach (var (name, from, to) in phases)
    {
        Console.WriteLine(FormattableString.Invariant($"{name} (session {from:0.0}–{to:0.0} s):"));
        Console.WriteLine("  cues: " + log.Cues(from, to));
        Console.WriteLine("  sounds: " + log.Sounds(from, to));
    }
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
