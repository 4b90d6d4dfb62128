using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Soleus.Web.Tests;

/// <summary>
/// The real app over real HTTP semantics: on a real SQLite file in a folder of its own, or, when the run asks for
/// PostgreSQL (SOLEUS_TEST_PROVIDER=postgres), on a database of its own on that server. Both are removed afterwards.
/// </summary>
public sealed class SoleusFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The PostgreSQL database to use (several factories may share one): by default one of its own when the run asks
    /// for PostgreSQL, else none and the app runs on SQLite.
    /// </summary>
    public string? PostgresDatabase { get; init; } = Prerequisites.SuiteOnPostgres ? $"soleus_test_{Guid.NewGuid():N}" : null;

    /// <summary>The data folder (several factories may share one SQLite file): by default one of its own.</summary>
    public string DataFolder { get; init; } = Directory.CreateTempSubdirectory("soleus-test-").FullName;

    /// <summary>More settings, by key ("Telemetry:OtlpEndpoint"), for the tests that need them.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>High by default, so tests that sign in often are not limited; the rate-limit test lowers it.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Soleus:DataFolder", DataFolder);
        if (PostgresDatabase is not null)
        {
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("Database:ConnectionString", $"{Prerequisites.Postgres()};Database={PostgresDatabase}");
        }

        builder.UseSetting("Soleus:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The address test clients use: https, as in production, so the Secure auth cookie is sent back.</summary>
    public static Uri Https { get; } = new("https://localhost");

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each answer.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Https });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresDatabase is not null)
        {
            PostgresDatabases.Drop(PostgresDatabase);
        }

        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
