using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// The SessionsSaved migration, on SQLite and on PostgreSQL: each account starts from the sessions it already has, and
/// every insert into Sessions after it, by anyone, adds one to its own account only, in the same statement.
/// </summary>
public sealed class SessionsSavedMigrationTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Sqlite_CountsTheSessionsBeforeAndEachInsertAfter() => MigrationDatabase.OnSqlite(MigrateAndCheck);

    [SkippableFact]
    public Task Postgres_CountsTheSessionsBeforeAndEachInsertAfter() => MigrationDatabase.OnPostgres(MigrateAndCheck);

    private static async Task MigrateAndCheck(SoleusDb db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261205000001_AssignedPlans");
        Guid[] people = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        foreach (var (id, index) in people.Select((id, index) => (id, index)))
        {
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Accounts" ("Id", "Email", "PasswordHash", "CreatedAt") VALUES ({id}, {$"p{index}@example.org"}, 'x', {At.UtcTicks})""");
        }

        await Insert(db, people[0], 3);
        await Insert(db, people[1], 1);

        await migrator.MigrateAsync();
        Assert.Equal(new long[] { 3, 1, 0 }, await Saved(db, people));

        await Insert(db, people[1], 2);
        await Insert(db, people[2], 1);
        Assert.Equal(new long[] { 3, 3, 1 }, await Saved(db, people));
    }

    private static async Task Insert(SoleusDb db, Guid accountId, int sessions)
    {
        for (var i = 0; i < sessions; i++)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Sessions" ("AccountId", "ClientId", "StartedAt", "EndedAt", "SavedAt", "Plan")
                VALUES ({accountId}, {Guid.NewGuid()}, {At.AddDays(i).UtcTicks}, {At.AddDays(i).AddMinutes(10).UtcTicks}, {At.UtcTicks}, 'plan')
                """);
        }
    }

    private static async Task<long[]> Saved(SoleusDb db, Guid[] people)
    {
        var saved = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.SessionsSaved);
        return [.. people.Select(p => saved[p])];
    }
}
