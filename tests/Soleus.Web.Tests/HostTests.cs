using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Soleus.Web.Tests;

public sealed class HostTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Healthz_Database_HealthyWithTheRelease()
    {
        var response = await factory.Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TestApi.Json(response);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)body["version"]);
    }

    [Theory]
    [InlineData("/js/player/main.js")]
    [InlineData("/js/sync.js")]
    [InlineData("/css/site.css")]
    public async Task StaticFile_RevalidatedOnEveryUse_AnswersNotModifiedWhenUnchanged(string path)
    {
        var client = factory.Client();

        var first = await client.GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheApiRoutes()
    {
        var json = await TestApi.Json(await factory.Client().GetAsync("/openapi/v1.json"));

        var paths = json["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/plans", paths);
        Assert.Contains("/api/sessions/{clientId}", paths);
        Assert.Contains("/api/progress", paths);
    }

    [Fact]
    public async Task Database_Durability_CommitsReachTheDiskBeforeTheyAreAcknowledged()
    {
        factory.Client();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        await db.Database.OpenConnectionAsync();

        if (db.Database.IsSqlite())
        {
            Assert.True(File.Exists(Path.Combine(factory.DataFolder, "soleus.db")));
            Assert.Equal("wal", await Scalar(db, "PRAGMA journal_mode"));
            Assert.Equal("2", await Scalar(db, "PRAGMA synchronous"));
        }
        else
        {
            Assert.Equal("on", await Scalar(db, "SHOW fsync"));
            Assert.Equal("on", await Scalar(db, "SHOW synchronous_commit"));
        }
    }

    private static async Task<string?> Scalar(SoleusDb db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("Soleus:EmergencyNumber", "call-me")]
    [InlineData("Database:Provider", "oracle")]
    [InlineData("Soleus:SignInAttemptsPerMinute", "0")]
    [InlineData("Proxies:KnownProxies:0", "nginx")]
    [InlineData("Proxies:KnownNetworks:0", "10.0.0.0/33")]
    public void Start_InvalidOption_RefusesToStartNamingIt(string key, string value)
    {
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException ?? (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains(key.Split(':')[1], validation.Message, StringComparison.Ordinal);
    }
}
