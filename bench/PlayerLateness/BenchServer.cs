using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// The host in Release (<c>dotnet run --no-build</c>, built with the benchmark) on a free loopback port, in Production,
/// on a fresh SQLite folder that is deleted with it.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly Child process;

    private BenchServer(Child process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The repository's root: the folder above the benchmark that holds Soleus.slnx.</summary>
    public static DirectoryInfo Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Soleus.slnx")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException("Run from inside the repository: Soleus.slnx was not found above " + AppContext.BaseDirectory);
    }

    public static async Task<BenchServer> Start(DirectoryInfo root)
    {
        var data = Directory.CreateTempSubdirectory("soleus-bench-");
        var url = $"http://127.0.0.1:{FreePort()}";
        var web = Path.Combine(root.FullName, "src", "Soleus.Web");
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--no-launch-profile", "-c", "Release", "--project", web, "--urls", url]) { WorkingDirectory = web };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Soleus__DataFolder"] = data.FullName;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new BenchServer(Child.Start(start, data, "server: "), url);
        try
        {
            await server.WaitUntilUp();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private async Task WaitUntilUp()
    {
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped with exit code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(Url + "/healthz"))).IsSuccessStatusCode)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
