using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Api;

/// <summary>Security-relevant events leave an audit record, and none carries a health value beyond its kind.</summary>
public sealed class AuditTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private async Task<List<AuditEvent>> EventsOf(string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var id = await db.Accounts.Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
        return await db.AuditEvents.Where(e => e.AccountId == id).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task Actions_EachLeavesItsAuditEvent()
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);
        await factory.Client().PostAsJsonAsync("/api/account/sign-in", new { email, password = "not the password" });
        var answers = TestApi.AllNo();
        answers["calf-red-warm"] = "yes";
        await TestApi.Post(client, "/api/screening", TestApi.Text(new JsonObject { ["answers"] = answers, ["legs"] = new JsonArray("left") }));
        var stopped = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-1));
        stopped["stopReason"] = "sharp-pain";
        stopped["notes"] = "private words";
        await TestApi.Post(client, "/api/sessions", TestApi.Text(stopped));
        await client.GetAsync($"/api/sessions/{Guid.NewGuid()}");
        await client.GetAsync("/api/account/export");

        var events = await EventsOf(email);

        Assert.Equal(
            [Audit.SignInSucceeded, Audit.SignInFailed, Audit.ScreeningStopped, Audit.SafetyStop, Audit.AccessRefused, Audit.Export],
            events.Select(e => e.Kind));
        Assert.Null(events[2].Detail);
        Assert.Null(events[3].Detail);
        Assert.DoesNotContain(events, e => e.Detail?.Contains("private", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(events, e => e.Detail is { } detail && (detail.Contains("emergency", StringComparison.Ordinal) || detail.Contains("sharp-pain", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DeleteAccount_ItsEventsGoOnlyTheFactOfADeletionIsKept()
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);
        var before = await EventsOf(email);

        await TestApi.DeleteAccount(client);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var accountId = before[0].AccountId;
        Assert.False(await db.AuditEvents.AnyAsync(e => e.AccountId == accountId));
        var deletion = await db.AuditEvents.Where(e => e.Kind == Audit.AccountDeleted).OrderBy(e => e.Id).LastAsync();
        Assert.Null(deletion.AccountId);
        Assert.Null(deletion.RemoteAddress);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Detail != null && e.Detail.Contains(email)));
    }

    [Fact]
    public async Task RefusedAccess_FiftyUnknownIds_AtMostTheLimitOfEventsKept()
    {
        var client = factory.Client();
        var email = await TestApi.Register(client);

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/sessions/{Guid.NewGuid()}")).StatusCode);
        }

        var refused = (await EventsOf(email)).Where(e => e.Kind == Audit.AccessRefused).ToList();
        Assert.Equal(Soleus.Web.Features.Sessions.SessionLog.RefusalsAuditedPerHour, refused.Count);
        Assert.Contains("no more", refused[^1].Detail, StringComparison.Ordinal);
    }
}
