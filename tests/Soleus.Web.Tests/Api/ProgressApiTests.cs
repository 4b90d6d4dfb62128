using System.Net;

namespace Soleus.Web.Tests.Api;

public sealed class ProgressApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Get_NotSignedIn_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client().GetAsync("/api/progress")).StatusCode);
    }

    [Fact]
    public async Task Get_ThreeSessions_TrendsPerLegAndTenderSpots()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        var now = DateTimeOffset.UtcNow;
        for (var day = 3; day >= 1; day--)
        {
            await TestApi.Post(client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), now.AddDays(-day), tightnessBefore: 5 + day, tightnessAfter: day)));
        }

        var json = await TestApi.Json(await client.GetAsync("/api/progress"));

        Assert.Equal(3, (int)json["sessions"]!);
        var left = json["trends"]!.AsArray().Single(t => (string?)t!["leg"] == "left")!;
        Assert.Equal([8, 7, 6], left["points"]!.AsArray().Select(p => (int)p!["tightnessBefore"]!));
        var spot = Assert.Single(json["tenderSpots"]!.AsArray())!;
        Assert.Equal(3, (int)spot["count"]!);
    }

    [Fact]
    public async Task Get_TwoSafetyStopsInAWeek_ReferralFires()
    {
        var client = factory.Client();
        await TestApi.Register(client);
        foreach (var day in new[] { 5, 2 })
        {
            var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-day));
            session["stopReason"] = "numbness";
            await TestApi.Post(client, "/api/sessions", TestApi.Text(session));
        }

        var json = await TestApi.Json(await client.GetAsync("/api/progress"));

        var referral = Assert.Single(json["referrals"]!.AsArray())!;
        Assert.False(string.IsNullOrWhiteSpace((string?)referral["message"]));
    }

    [Fact]
    public async Task Get_NoSessions_EmptyAndNoReferral()
    {
        var client = factory.Client();
        await TestApi.Register(client);

        var json = await TestApi.Json(await client.GetAsync("/api/progress"));

        Assert.Equal(0, (int)json["sessions"]!);
        Assert.Empty(json["referrals"]!.AsArray());
    }
}
