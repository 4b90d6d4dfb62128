using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// The CarriedStops migration, on SQLite and on PostgreSQL: screenings kept with the retired verdict "seek-care" read
/// as "emergency" afterwards (verdict and reasons alike), other screenings are untouched, and clearances can be kept.
/// </summary>
public sealed class CarriedStopsMigrationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Sqlite_SeekCareScreeningsReadAsEmergency_AndClearancesAreKept() => MigrationDatabase.OnSqlite(MigrateAndCheck);

    [SkippableFact]
    public Task Postgres_SeekCareScreeningsReadAsEmergency_AndClearancesAreKept() => MigrationDatabase.OnPostgres(MigrateAndCheck);

    private static async Task MigrateAndCheck(SoleusDb db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261125000000_SessionColumns");
        var accountId = Guid.NewGuid();
        // The account row as that schema held it (with its lockout columns, since dropped).
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Accounts" ("Id", "Email", "PasswordHash", "CreatedAt", "FailedSignIns") VALUES ({accountId}, 'kept@example.org', 'x', {At.UtcTicks}, 0)
            """);
        // As the earlier code wrote them: a swelling answer judged seek-care, with a sharp-pain reason beside it, and a professional-first one.
        const string seekCare = """[{"questionId":"one-calf-swelling","verdict":"seek-care","message":"old words","leg":null,"basis":"yes"},{"questionId":"sharp-pain","verdict":"avoid-area","message":"old words","leg":"left","basis":"yes"}]""";
        const string professional = """[{"questionId":"pregnant","verdict":"professional-first","message":"old words","leg":null,"basis":"yes"}]""";
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "ScreeningEvents" ("AccountId", "At", "Verdict", "Reasons") VALUES ({accountId}, {At.UtcTicks}, 'seek-care', {seekCare})""");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "ScreeningEvents" ("AccountId", "At", "Verdict", "Reasons") VALUES ({accountId}, {At.AddHours(1).UtcTicks}, 'professional-first', {professional})""");

        await migrator.MigrateAsync();
        db.Clearances.Add(new StoredClearance
        {
            AccountId = accountId, By = "self", Who = "GP", SeenOn = new DateOnly(2026, 11, 21), RecordedAt = At.AddDays(1), Reasons = "stopped-sharp-pain", Legs = "",
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var events = await db.ScreeningEvents.OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["emergency", "professional-first"], events.Select(e => e.Verdict));
        var reasons = JsonSerializer.Deserialize<List<ScreeningReason>>(events[0].Reasons, ProtocolJson.Options)!;
        Assert.Equal([Verdict.Emergency, Verdict.AvoidArea], reasons.Select(r => r.Verdict));
        Assert.Equal(professional, events[1].Reasons);
        var clearance = await db.Clearances.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 21), "stopped-sharp-pain"), (clearance.SeenOn, clearance.Reasons));
    }
}
