using System.Diagnostics;
using Soleus.Web.Tests.Faults;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// The README's publish recipe, run once per test run into artifacts/publish/soleus: a framework-dependent linux-x64
/// Release build; and starting it as a practice would, in Production, from a working folder that is not its own.
/// </summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Published = new(Publish);

    public static Task<string> Folder => Published.Value;

    /// <summary>
    /// The published app in Production, started from an empty working folder (inside the data folder), on SQLite or
    /// the given PostgreSQL database, with the given settings (environment variables such as Proxies__KnownProxies__0).
    /// </summary>
    public static async Task<AppProcess> Start(string dataFolder, string? postgresDatabase, IReadOnlyDictionary<string, string> settings)
    {
        var folder = await Folder;
        var elsewhere = Directory.CreateDirectory(Path.Combine(dataFolder, "working")).FullName;
        return await AppProcess.Start(dataFolder, postgresDatabase, 0, start =>
        {
            start.ArgumentList[0] = Path.Combine(folder, "Soleus.Web.dll");
            start.WorkingDirectory = elsewhere;
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }
        });
    }

    /// <summary>The settings of docs/deploy/soleus.env, as environment variables.</summary>
    public static Dictionary<string, string> GuideSettings() => File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "deploy", "soleus.env"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('=', 2))
        .ToDictionary(pair => pair[0], pair => pair[1]);

    private static async Task<string> Publish()
    {
        var output = Path.Combine(RepositoryRoot.Path, "artifacts", "publish", "soleus");
        var start = new ProcessStartInfo("dotnet", ["publish", "src/Soleus.Web", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", output])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var said = process.StandardOutput.ReadToEndAsync();
        var complained = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await said}\n{await complained}");
        }

        return output;
    }
}
