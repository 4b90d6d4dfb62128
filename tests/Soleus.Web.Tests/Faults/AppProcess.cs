using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Soleus.Web.Tests.Faults;

/// <summary>
/// The app as its own operating-system process on a loopback port, so a test can kill it as a crash would. It runs
/// on the given SQLite data folder, or on the given PostgreSQL database.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process process;

    private AppProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>Starts the test build's app; <paramref name="adjust"/> may change what is started, where, and its settings.</summary>
    public static async Task<AppProcess> Start(string dataFolder, string? postgresDatabase, int port = 0, Action<ProcessStartInfo>? adjust = null)
    {
        port = port == 0 ? FreePort() : port;
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", ["Soleus.Web.dll", "--urls", address.ToString()])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Soleus__DataFolder"] = dataFolder;
        start.Environment["Soleus__SignInAttemptsPerMinute"] = "10000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (postgresDatabase is not null)
        {
            start.Environment["Database__Provider"] = "postgres";
            start.Environment["Database__ConnectionString"] = $"{Prerequisites.Postgres()};Database={postgresDatabase}";
        }

        adjust?.Invoke(start);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, address);
        await app.WaitHealthy(TimeSpan.FromSeconds(60));
        return app;
    }

    /// <summary>Ends the process at once with SIGKILL: no shutdown, no flush, as a crash or a power cut would.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private async Task WaitHealthy(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {process.ExitCode}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the app did not answer /healthz within {limit}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
