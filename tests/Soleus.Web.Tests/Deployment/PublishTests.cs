using System.Net;

namespace Soleus.Web.Tests.Deployment;

/// <summary>The published build, started in Production from another folder, serves its pages, scripts and styles.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Published_StartedFromAnotherFolderInProduction_ServesPagesScriptsAndStylesAndItsVersion()
    {
        var dataFolder = Directory.CreateTempSubdirectory("soleus-published-").FullName;
        try
        {
            using var app = await PublishedApp.Start(dataFolder, null, new Dictionary<string, string>());
            using var http = new HttpClient { BaseAddress = app.Address };

            var style = await http.GetAsync("/css/site.css");
            var script = await http.GetAsync("/js/player/main.js");
            var health = await TestApi.Json(await http.GetAsync("/healthz"));
            var page = await http.GetAsync("/");

            Assert.Equal(HttpStatusCode.OK, style.StatusCode);
            Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(await PublishedApp.Folder, "wwwroot", "css", "site.css")), await style.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Soleus {health["version"]}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dataFolder, "soleus.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
