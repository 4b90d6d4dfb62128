using System.Diagnostics;
using System.Net.Http.Json;
using Soleus.Web.Tests.Faults;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// docs/deploy.md's SQLite backup and restore, round trip: a backup taken with sqlite3's VACUUM INTO while clients
/// save, restored as the data file of a fresh folder, holds every session acknowledged before it began, once.
/// </summary>
public sealed class SqliteBackupTests
{
    [SkippableFact]
    public async Task BackupWhileSaving_RestoredIntoAFreshFolder_EveryAcknowledgedSessionThereOnce()
    {
        var sqlite3 = Prerequisites.Program("/usr/bin/sqlite3", "sqlite3");
        var live = Directory.CreateTempSubdirectory("soleus-live-").FullName;
        var restored = Directory.CreateTempSubdirectory("soleus-restored-").FullName;
        try
        {
            SavingClients clients;
            List<Guid> beforeBackup;
            var backup = Path.Combine(live, "soleus-backup.db");
            using (var app = await AppProcess.Start(live, null))
            {
                using var http = new HttpClient { BaseAddress = app.Address };
                var registered = await http.PostAsJsonAsync("/api/account/register", new { email = TestApi.NewEmail(), password = TestApi.Password });
                clients = new SavingClients(app.Address, TestApi.AuthCookie(registered));
                using var stop = new CancellationTokenSource();
                var saving = clients.Run(8, stop.Token);
                while (clients.Acknowledged.Count < 40)
                {
                    await Task.Delay(20);
                }

                beforeBackup = [.. clients.Acknowledged];
                Assert.Equal("", await Run(sqlite3, Path.Combine(live, "soleus.db"), $"VACUUM INTO '{backup}'"));
                await stop.CancelAsync();
                await saving;
            }

            Assert.Equal("ok", await Run(sqlite3, backup, "PRAGMA integrity_check"));
            File.Copy(backup, Path.Combine(restored, "soleus.db"));
            using var again = await AppProcess.Start(restored, null);
            var stored = await new SavingClients(again.Address, clients.Cookie).Stored();

            Assert.All(beforeBackup, id => Assert.Equal(1, stored.Count(s => s == id)));
            Assert.Equal(stored.Count, stored.Distinct().Count());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(live, recursive: true);
            Directory.Delete(restored, recursive: true);
        }
    }

    /// <summary>Runs one statement with the sqlite3 command-line shell, as docs/deploy.md does, and returns what it printed.</summary>
    private static async Task<string> Run(string sqlite3, string database, string statement)
    {
        using var process = Process.Start(new ProcessStartInfo(sqlite3, [database, statement]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("could not start sqlite3");
        var said = await process.StandardOutput.ReadToEndAsync();
        var complained = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, complained);
        return said.Trim();
    }
}
