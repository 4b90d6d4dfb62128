using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Soleus.Web.Tests.Faults;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// docs/deploy.md's backups and restores, round trip, each taken while 8 clients save: SQLite's with sqlite3's VACUUM
/// INTO, restored as the data file of a fresh folder; PostgreSQL's with pg_dump, restored with pg_restore into a new
/// database. Each restored copy holds every session acknowledged before its backup began, once.
/// </summary>
public sealed class BackupTests
{
    [SkippableFact]
    public async Task SqliteVacuumIntoWhileSaving_RestoredIntoAFreshFolder_EveryAcknowledgedSessionThereOnce()
    {
        var sqlite3 = Prerequisites.Program("/usr/bin/sqlite3", "sqlite3");
        var live = Directory.CreateTempSubdirectory("soleus-live-").FullName;
        var restored = Directory.CreateTempSubdirectory("soleus-restored-").FullName;
        try
        {
            var backup = Path.Combine(live, "soleus-backup.db");
            var (clients, beforeBackup) = await BackUpWhileSaving(live, null, () => Run(sqlite3, Path.Combine(live, "soleus.db"), $"VACUUM INTO '{backup}'"));

            Assert.Equal("ok", await Run(sqlite3, backup, "PRAGMA integrity_check"));
            File.Copy(backup, Path.Combine(restored, "soleus.db"));
            await AssertHeldOnce(restored, null, clients, beforeBackup);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(live, recursive: true);
            Directory.Delete(restored, recursive: true);
        }
    }

    [SkippableFact]
    public async Task PgDumpWhileSaving_RestoredIntoANewDatabase_EveryAcknowledgedSessionThereOnce()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Prerequisites.Postgres());
        var pgDump = Prerequisites.Program("/usr/bin/pg_dump", "postgresql-client");
        string[] connection = ["-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username!];
        var live = $"soleus_test_{Guid.NewGuid():N}";
        var restored = $"soleus_test_{Guid.NewGuid():N}";
        var folder = Directory.CreateTempSubdirectory("soleus-dump-").FullName;
        try
        {
            var dump = Path.Combine(folder, "soleus.dump");
            var (clients, beforeBackup) = await BackUpWhileSaving(folder, live, () => Run(pgDump, [.. connection, "-Fc", "-f", dump, live]));

            await Run("/usr/bin/createdb", [.. connection, restored]);
            await Run("/usr/bin/pg_restore", [.. connection, "--no-owner", "-d", restored, dump]);
            await AssertHeldOnce(folder, restored, clients, beforeBackup);
        }
        finally
        {
            PostgresDatabases.Drop(live);
            PostgresDatabases.Drop(restored);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Starts the app, has 8 clients save until 40 saves are acknowledged, backs up while they go on, then stops them
    /// and the app; returns the clients and the saves acknowledged before the backup began.
    /// </summary>
    private static async Task<(SavingClients Clients, List<Guid> BeforeBackup)> BackUpWhileSaving(string dataFolder, string? postgresDatabase, Func<Task> backUp)
    {
        using var app = await AppProcess.Start(dataFolder, postgresDatabase);
        using var http = new HttpClient { BaseAddress = app.Address };
        var registered = await http.PostAsJsonAsync("/api/account/register", new { email = TestApi.NewEmail(), password = TestApi.Password });
        var clients = new SavingClients(app.Address, TestApi.AuthCookie(registered));
        using var stop = new CancellationTokenSource();
        var saving = clients.Run(8, stop.Token);
        while (clients.Acknowledged.Count < 40)
        {
            await Task.Delay(20);
        }

        List<Guid> beforeBackup = [.. clients.Acknowledged];
        await backUp();
        await stop.CancelAsync();
        await saving;
        return (clients, beforeBackup);
    }

    /// <summary>Starts the app on the restored copy and checks that it holds each of those saves once, and nothing twice.</summary>
    private static async Task AssertHeldOnce(string dataFolder, string? postgresDatabase, SavingClients clients, List<Guid> beforeBackup)
    {
        using var app = await AppProcess.Start(dataFolder, postgresDatabase);
        var stored = await new SavingClients(app.Address, clients.Cookie).Stored();

        Assert.All(beforeBackup, id => Assert.Equal(1, stored.Count(s => s == id)));
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    /// <summary>Runs one statement with the sqlite3 command-line shell, as docs/deploy.md does, and returns what it printed.</summary>
    private static Task<string> Run(string sqlite3, string database, string statement) => Run(sqlite3, [database, statement]);

    /// <summary>Runs one of the guide's programs to its end and returns what it printed; it must succeed.</summary>
    private static async Task<string> Run(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"could not start {program}");
        var said = await process.StandardOutput.ReadToEndAsync();
        var complained = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {complained}");
        return said.Trim();
    }
}
