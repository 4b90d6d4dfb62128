using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Faults;

/// <summary>
/// Kills the app with SIGKILL while clients save sessions, restarts it on the same database, and checks that every
/// acknowledged save is there exactly once, and that re-sending the saves whose outcome was unknown never duplicates.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sigkill_WhileClientsSave_NoAcknowledgedSessionLostOrDuplicated()
    {
        var dataFolder = Directory.CreateTempSubdirectory("soleus-crash-").FullName;
        var database = Prerequisites.SuiteOnPostgres ? $"soleus_test_{Guid.NewGuid():N}" : null;
        try
        {
            string cookie;
            SavingClients clients;
            int port;
            using (var app = await AppProcess.Start(dataFolder, database))
            {
                port = app.Address.Port;
                using var http = new HttpClient { BaseAddress = app.Address };
                var registered = await http.PostAsJsonAsync("/api/account/register", new { email = TestApi.NewEmail(), password = TestApi.Password });
                cookie = TestApi.AuthCookie(registered);
                clients = new SavingClients(app.Address, cookie);
                using var stop = new CancellationTokenSource();
                var saving = clients.Run(8, stop.Token);
                while (clients.Acknowledged.Count < 40)
                {
                    await Task.Delay(20);
                }

                app.Kill();
                await Task.Delay(500);
                await stop.CancelAsync();
                await saving;
            }

            using var restarted = await AppProcess.Start(dataFolder, database, port);
            output.WriteLine($"acknowledged before the kill: {clients.Acknowledged.Count}; outcome unknown: {clients.Unknown.Count}");
            var stored = await clients.Stored();
            Assert.All(clients.Acknowledged, id => Assert.Equal(1, stored.Count(s => s == id)));

            using var http2 = new HttpClient { BaseAddress = restarted.Address };
            foreach (var id in clients.Unknown.Concat(clients.Acknowledged))
            {
                Assert.True(await clients.Save(http2, id), $"re-sending {id} failed");
            }

            var after = await clients.Stored();
            Assert.Equal(after.Count, after.Distinct().Count());
            Assert.Equal(clients.Acknowledged.Concat(clients.Unknown).Distinct().Order(), after.Order());
        }
        finally
        {
            if (database is not null)
            {
                PostgresDatabases.Drop(database);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
