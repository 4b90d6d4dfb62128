using System.Diagnostics;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Faults;

/// <summary>
/// Restarts PostgreSQL while clients save sessions: the app carries on without a restart of its own (EF Core's
/// execution strategy retries the connections the restart ended), and nothing acknowledged is lost or doubled.
/// </summary>
[Collection(ServerRestarts.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task PostgresRestart_WhileClientsSave_AppRecoversAndNothingAcknowledgedIsLost()
    {
        var (bin, data) = Prerequisites.PostgresControl();
        var dataFolder = Directory.CreateTempSubdirectory("soleus-pg-restart-").FullName;
        var database = $"soleus_test_{Guid.NewGuid():N}";
        try
        {
            using var app = await AppProcess.Start(dataFolder, database);
            using var http = new HttpClient { BaseAddress = app.Address };
            var cookie = TestApi.AuthCookie(await http.PostAsJsonAsync("/api/account/register", new { email = TestApi.NewEmail(), password = TestApi.Password }));
            var clients = new SavingClients(app.Address, cookie);
            using var stop = new CancellationTokenSource();
            var saving = clients.Run(6, stop.Token);
            while (clients.Acknowledged.Count < 30)
            {
                await Task.Delay(20);
            }

            Restart(bin, data);
            var beforeRecovery = clients.Acknowledged.Count;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (clients.Acknowledged.Count < beforeRecovery + 30 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            await stop.CancelAsync();
            await saving;

            output.WriteLine($"acknowledged before the restart: {beforeRecovery}; in all: {clients.Acknowledged.Count}; outcome unknown: {clients.Unknown.Count}");
            Assert.True(clients.Acknowledged.Count >= beforeRecovery + 30, "saves should be acknowledged again after the restart");
            var stored = await clients.Stored();
            Assert.All(clients.Acknowledged, id => Assert.Equal(1, stored.Count(s => s == id)));
            foreach (var id in clients.Unknown)
            {
                Assert.True(await clients.Save(http, id), $"re-sending {id} failed");
            }

            var after = await clients.Stored();
            Assert.Equal(after.Count, after.Distinct().Count());
        }
        finally
        {
            PostgresDatabases.Drop(database);
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static void Restart(string bin, string data)
    {
        using var restart = Process.Start("runuser", ["-u", "postgres", "--", Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "fast", "-w", "-t", "30", "restart"])!;
        restart.WaitForExit();
        Assert.Equal(0, restart.ExitCode);
    }
}
