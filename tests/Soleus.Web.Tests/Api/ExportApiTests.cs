using System.Net;

namespace Soleus.Web.Tests.Api;

public sealed class ExportApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Export_Json_HoldsTheAccountAndEverySessionOfThePersonOnly()
    {
        var other = factory.Client();
        await TestApi.Register(other);
        await TestApi.Post(other, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-3))));
        var client = factory.Client();
        var email = await TestApi.Register(client);
        var mine = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in mine)
        {
            await TestApi.Post(client, "/api/sessions", TestApi.Text(TestApi.Session(id, DateTimeOffset.UtcNow.AddDays(-2))));
        }

        var response = await client.GetAsync("/api/account/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var json = await TestApi.Json(response);
        Assert.Equal(email, (string?)json["account"]!["email"]);
        Assert.Equal(mine.Select(g => g.ToString()).Order(), json["sessions"]!.AsArray().Select(s => (string?)s!["clientId"]).Order());
        Assert.Null(json["lastPlan"]);
    }

    [Fact]
    public async Task Export_Json_HoldsTheLastPlansChoices()
    {
        var browser = new Pages.Browser(factory.Client());
        await Pages.Flows.SignedInReady(browser);
        await Pages.Flows.Screen(browser, change: f => f.Set("minutesPerCalf", "9"));

        var json = await TestApi.Json(await browser.Client.GetAsync("/api/account/export"));

        Assert.Equal(9, (int?)json["lastPlan"]!["minutesPerCalf"]);
        Assert.Equal(["left", "right"], json["lastPlan"]!["legs"]!.AsArray().Select(l => (string?)l));
    }

    [Fact]
    public async Task Export_Csv_OneRowPerSessionAndLegWithFormulasDefused()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-1));
        session["notes"] = "=HYPERLINK(\"http://example.org\") and a \"quote\"";
        await TestApi.Post(client, "/api/sessions", TestApi.Text(session));

        var response = await client.GetAsync("/api/account/export?format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("clientId,startedAt,endedAt,leg,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"left\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"mid-centre\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\") and a \"\"quote\"\"\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  =1+1")]
    [InlineData(" @SUM(A1)")]
    [InlineData("|calc")]
    [InlineData("\t=1")]
    [InlineData("\r\n+1")]
    [InlineData("\u00a0-1")]
    public async Task Export_Csv_CellStartingWithAFormulaAfterSpace_Defused(string notes)
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-1));
        session["notes"] = notes;
        await TestApi.Post(client, "/api/sessions", TestApi.Text(session));

        var csv = await (await client.GetAsync("/api/account/export?format=csv")).Content.ReadAsStringAsync();

        Assert.Contains($",\"'{notes}\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_422NamingFormat()
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var response = await client.GetAsync("/api/account/export?format=xml");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey("format"));
    }
}
