using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Soleus.Web.Tests.Faults;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// Soleus as a practice runs it: two published Release instances in Production on one PostgreSQL database, behind
/// nginx ending TLS and balancing round robin, all on loopback; people connect from 127.0.0.2 and 127.0.0.3. Runs
/// once per CI run, in its SQLite pass (it brings its own PostgreSQL database).
/// </summary>
public sealed class ProxiedDeploymentTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Person = 2;
    private const int Neighbour = 3;
    private const int SignInsPerMinute = 4;

    private readonly string database = $"soleus_test_{Guid.NewGuid():N}";
    private readonly string dataFolder = Directory.CreateTempSubdirectory("soleus-deploy-").FullName;
    private readonly List<AppProcess> instances = [];
    private Nginx? nginx;

    private Nginx Proxy => nginx ?? throw new InvalidOperationException("not started");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the instances and nginx, in the test itself, where a missing prerequisite can skip it.</summary>
    private async Task Start()
    {
        Prerequisites.Postgres();
        Prerequisites.Program("/usr/sbin/nginx", "nginx");
        // docs/deploy/soleus.env, with the test's database and folder, and no telemetry collector to send to.
        var settings = PublishedApp.GuideSettings();
        settings["Database__ConnectionString"] = $"{Prerequisites.Postgres()};Database={database}";
        settings["Soleus__DataFolder"] = dataFolder;
        settings["Soleus__SignInAttemptsPerMinute"] = SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(settings.Remove("Telemetry__OtlpEndpoint"));
        instances.Add(await PublishedApp.Start(dataFolder, database, settings));
        instances.Add(await PublishedApp.Start(dataFolder, database, settings));
        nginx = await Nginx.Start(instances.Select(i => i.Address));
    }

    public Task DisposeAsync()
    {
        nginx?.Dispose();
        instances.ForEach(i => i.Dispose());
        if (instances.Count > 0)
        {
            PostgresDatabases.Drop(database);
        }

        Directory.Delete(dataFolder, recursive: true);
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task BehindNginx_TheJourneyRateLimitsAndSignInsHold_AndAKilledInstanceLosesNoAcknowledgedSave()
    {
        await Start();

        // Sign-in, screening, plan and save, through the proxy.
        var person = Proxy.Client(Person);
        var email = TestApi.NewEmail();
        Assert.Equal(HttpStatusCode.NoContent, (await person.PostAsJsonAsync("/api/account/register", new { email, password = TestApi.Password })).StatusCode);
        var signedIn = await person.PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password });
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        var screening = await TestApi.Post(person, "/api/screening", TestApi.Text(new JsonObject { ["answers"] = TestApi.AllNo(), ["legs"] = new JsonArray("left") }));
        Assert.Equal("proceed", (string?)(await TestApi.Json(screening))["verdict"]);
        Assert.Equal(HttpStatusCode.OK, (await TestApi.Post(person, "/api/plans", TestApi.Text(TestApi.PlanRequest()))).StatusCode);
        var cookie = TestApi.AuthCookie(signedIn);
        var clients = new SavingClients(Proxy.Address, cookie, () => Proxy.Handler(Person));
        var first = Guid.NewGuid();
        Assert.True(await clients.Save(person, first));

        // The sign-in made through the proxy works on each instance, asked directly.
        foreach (var instance in instances)
        {
            using var direct = new HttpClient { BaseAddress = instance.Address };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sessions");
            request.Headers.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(request)).StatusCode);
        }

        // The sign-in limit counts each person by their own address (nginx forwards it), on each instance: the person
        // who keeps trying is held back within two instances' worth, while the neighbour behind the same proxy is not.
        var tries = new List<HttpStatusCode>();
        for (var i = 0; i < 2 * SignInsPerMinute + 1 && !tries.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            tries.Add((await Proxy.Client(Person).PostAsJsonAsync("/api/account/sign-in", new { email = TestApi.NewEmail(), password = "wrong-guess" })).StatusCode);
        }

        var neighbour = await Proxy.Client(Neighbour).PostAsJsonAsync("/api/account/sign-in", new { email = TestApi.NewEmail(), password = "wrong-guess" });
        output.WriteLine("sign-ins from one address: " + string.Join(", ", tries.Select(t => (int)t)));
        Assert.All(tries.Take(SignInsPerMinute), t => Assert.Equal(HttpStatusCode.Unauthorized, t));
        Assert.Equal(HttpStatusCode.TooManyRequests, tries[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, neighbour.StatusCode);

        // Eight clients save; one instance is killed; the saving and the signing in go on through the other.
        using var stop = new CancellationTokenSource();
        var saving = clients.Run(8, stop.Token);
        while (clients.Acknowledged.Count < 40)
        {
            await Task.Delay(20);
        }

        var killedAt = clients.Acknowledged.Count;
        var unknownAtKill = clients.Unknown.Count;
        instances[0].Kill();
        var clock = Stopwatch.StartNew();
        while (clients.Acknowledged.Count < killedAt + 40 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        var signInsAfter = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            signInsAfter.Add((await Proxy.Client(Neighbour + 1 + i).PostAsJsonAsync("/api/account/sign-in", new { email, password = TestApi.Password })).StatusCode);
        }

        var healthAfter = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Proxy.Client(Person).GetAsync("/healthz")));
        await stop.CancelAsync();
        await saving;
        output.WriteLine($"acknowledged before the kill: {killedAt}, after: {clients.Acknowledged.Count - killedAt}; "
            + $"outcome unknown (no answer or an error): {clients.Unknown.Count}, {clients.Unknown.Count - unknownAtKill} of them from the kill on");

        Assert.All(signInsAfter, s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.All(healthAfter, h => Assert.Equal(HttpStatusCode.OK, h.StatusCode));
        Assert.True(clients.Acknowledged.Count >= killedAt + 40, "saving did not carry on through the live instance");
        Assert.Contains(instances[0].Address.Authority, Proxy.ErrorLog, StringComparison.Ordinal);

        var stored = await clients.Stored();
        Assert.All(clients.Acknowledged, id => Assert.Equal(1, stored.Count(s => s == id)));
        foreach (var id in clients.Unknown)
        {
            Assert.True(await clients.Save(person, id), $"re-sending {id} failed");
        }

        var after = await clients.Stored();
        Assert.Equal(after.Count, after.Distinct().Count());
        Assert.Equal(clients.Acknowledged.Concat(clients.Unknown).Append(first).Order(), after.Order());
    }
}
