using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Api;

public sealed class SessionsApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);

    private async Task<int> StoredCount(Guid clientId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SoleusDb>().Sessions.CountAsync(s => s.ClientId == clientId);
    }

    [Fact]
    public async Task Save_NotSignedIn_401()
    {
        var response = await TestApi.Post(factory.Client(), "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), Yesterday)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Save_SameClientIdThreeTimes_StoredOnceAndAnsweredTheSame()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var clientId = Guid.NewGuid();
        var body = TestApi.Text(TestApi.Session(clientId, Yesterday));

        var first = await TestApi.Post(client, "/api/sessions", body);
        var second = await TestApi.Post(client, "/api/sessions", body);
        var third = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestApi.Post(client, "/api/sessions", body)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.All(third, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await StoredCount(clientId));
        Assert.Equal((string?)(await TestApi.Json(first))["notes"], (string?)(await TestApi.Json(second))["notes"]);
    }

    [Fact]
    public async Task Get_AfterSave_ReturnsWhatWasSentInListAndById()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var clientId = Guid.NewGuid();
        var sent = TestApi.Session(clientId, Yesterday);
        sent["stopReason"] = "sharp-pain";
        await TestApi.Post(client, "/api/sessions", TestApi.Text(sent));

        var one = await TestApi.Json(await client.GetAsync($"/api/sessions/{clientId}"));
        var list = (await TestApi.Json(await client.GetAsync("/api/sessions"))).AsArray();

        Assert.Equal("sharp-pain", (string?)one["stopReason"]);
        Assert.Equal("mid", (string?)one["tenderSpots"]![0]!["zone"]);
        Assert.Equal(3, (int)one["ratings"]![0]!["tightnessAfter"]!);
        Assert.Equal(clientId.ToString(), (string?)Assert.Single(list)!["clientId"]);
    }

    [Theory]
    [InlineData("ratings[0].tightnessBefore", "11")]
    [InlineData("ratings[1].painAfter", "-1")]
    [InlineData("clientId", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("notes", "long")]
    [InlineData("legs", "[\"left\",\"left\"]")]
    [InlineData("tenderSpots", "[{\"leg\":\"left\",\"zone\":\"mid\",\"lane\":\"centre\"},{\"leg\":\"left\",\"zone\":\"mid\",\"lane\":\"centre\"}]")]
    [InlineData("steps[0]", "[{\"stepId\":\"tap-dance\",\"leg\":\"left\",\"seconds\":30}]")]
    [InlineData("endedAt", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("stopReason", "\"boredom\"")]
    public async Task Save_BadField_422NamingItAndNothingStored(string field, string value)
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var clientId = Guid.NewGuid();
        var body = TestApi.Session(clientId, Yesterday);
        var path = field.Split('.', '[')[0];
        JsonNode? node = value == "long" ? JsonValue.Create(new string('x', 2001)) : JsonNode.Parse(value);
        if (field.StartsWith("ratings", StringComparison.Ordinal))
        {
            var index = field[8] - '0';
            body["ratings"]![index]![field.Split('.')[1]] = node;
        }
        else
        {
            body[path] = node;
        }

        var response = await TestApi.Post(client, "/api/sessions", TestApi.Text(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await TestApi.Json(response))["errors"]!.AsObject().ContainsKey(field));
        Assert.Equal(0, await StoredCount(clientId));
    }

    [Fact]
    public async Task Get_AnotherPersonsSession_404AndNotListed()
    {
        var owner = factory.Client();
        await TestApi.Register(owner);
        var clientId = Guid.NewGuid();
        await TestApi.Post(owner, "/api/sessions", TestApi.Text(TestApi.Session(clientId, Yesterday)));
        var other = factory.Client();
        await TestApi.Register(other);

        var byId = await other.GetAsync($"/api/sessions/{clientId}");
        var list = (await TestApi.Json(await other.GetAsync("/api/sessions"))).AsArray();

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Empty(list);
    }

    [Fact]
    public async Task Save_SameClientIdByAnotherPerson_StoredSeparately()
    {
        var clientId = Guid.NewGuid();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var client = factory.Client();
            await TestApi.Register(client);
            Assert.Equal(HttpStatusCode.Created, (await TestApi.Post(client, "/api/sessions", TestApi.Text(TestApi.Session(clientId, Yesterday)))).StatusCode);
        }

        Assert.Equal(2, await StoredCount(clientId));
    }
}
