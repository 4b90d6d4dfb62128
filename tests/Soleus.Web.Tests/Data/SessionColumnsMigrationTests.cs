using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// Sessions stored by the first schema, with legs, ratings and tender spots as JSON, come through the
/// SessionColumns migration unchanged in meaning, on SQLite and on PostgreSQL.
/// </summary>
public sealed class SessionColumnsMigrationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 7, 30, 0, TimeSpan.Zero);

    /// <summary>Sessions of every shape the JSON could hold: both legs, one leg, no after-ratings, no spots, all 18 spots.</summary>
    private static readonly SessionRecord[] Old =
    [
        new(Guid.NewGuid(), Start, Start.AddMinutes(18), [Leg.Left, Leg.Right],
            [new(Leg.Left, 7, 2, 4, 1), new(Leg.Right, 5, 0, 3, 0)],
            [new(Leg.Left, CalfZone.Mid, CalfLane.Inner), new(Leg.Right, CalfZone.Upper, CalfLane.Outer)]),
        new(Guid.NewGuid(), Start.AddDays(1), Start.AddDays(1).AddMinutes(9), [Leg.Right],
            [new(Leg.Right, 10, 10)], [], StopReason.SharpPain),
        new(Guid.NewGuid(), Start.AddDays(2), Start.AddDays(2).AddMinutes(9), [Leg.Left],
            [new(Leg.Left, 0, 0, 0, 0)],
            [.. from leg in new[] { Leg.Left } from zone in Enum.GetValues<CalfZone>() from lane in Enum.GetValues<CalfLane>() select new TenderSpot(leg, zone, lane)]),
        new(Guid.NewGuid(), Start.AddDays(3), Start.AddDays(3).AddMinutes(20), [Leg.Left, Leg.Right],
            [new(Leg.Left, 3, 1, null, 2), new(Leg.Right, 4, 1, 2, null)],
            [.. from leg in Enum.GetValues<Leg>() from zone in Enum.GetValues<CalfZone>() from lane in Enum.GetValues<CalfLane>() select new TenderSpot(leg, zone, lane)]),
    ];

    [Fact]
    public Task Sqlite_JsonSessionsBecomeTheSameRecordsInColumns() => MigrationDatabase.OnSqlite(MigrateAndCompare);

    [SkippableFact]
    public Task Postgres_JsonSessionsBecomeTheSameRecordsInColumns() => MigrationDatabase.OnPostgres(MigrateAndCompare);

    private static async Task MigrateAndCompare(SoleusDb db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261124000000_Init");
        var accountId = Guid.NewGuid();
        // The account row as that schema held it (with its lockout columns, since dropped).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Accounts" ("Id", "Email", "PasswordHash", "CreatedAt", "FailedSignIns") VALUES ({accountId}, 'old@example.org', 'x', {Start.UtcTicks}, 0)
            """);
        foreach (var s in Old)
        {
            // The first schema's row, written as its code wrote it.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Sessions" ("AccountId", "ClientId", "StartedAt", "EndedAt", "SavedAt", "Legs", "Ratings", "TenderSpots", "StopReason", "Notes", "Plan")
                VALUES ({accountId}, {s.ClientId}, {s.StartedAt.UtcTicks}, {s.EndedAt.UtcTicks}, {s.EndedAt.UtcTicks},
                    {Json(s.Legs)}, {Json(s.Ratings)}, {Json(s.TenderSpots)}, {(s.StopReason is { } r ? WireNames.Name(r) : null)}, NULL, '[]')
                """);
        }

        await migrator.MigrateAsync();

        var records = await db.Sessions.Where(s => s.AccountId == accountId).ToRecordsAsync();
        Assert.Equal(Old.Select(Text), records.Select(Text));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ProtocolJson.Options);

    /// <summary>A record with its lists spelled out, in leg and spot order, so two records compare by content.</summary>
    private static string Text(SessionRecord r) =>
        $"{r.ClientId} {r.StartedAt:O} {r.EndedAt:O} legs {string.Join(",", r.Legs)} ratings {string.Join(",", r.Ratings.OrderBy(x => x.Leg))} " +
        $"spots {string.Join(",", r.TenderSpots.OrderBy(s => s.Leg).ThenBy(s => s.Zone).ThenBy(s => s.Lane))} stop {r.StopReason}";
}
