using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// The Passkeys migration, on SQLite and on PostgreSQL: an account from before it can keep a passkey and a ceremony,
/// a credential id is kept once only, and deleting the account deletes both.
/// </summary>
public sealed class PasskeysMigrationTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Sqlite_PasskeysGoWithTheAccount() => MigrationDatabase.OnSqlite(MigrateAndCheck);

    [SkippableFact]
    public Task Postgres_PasskeysGoWithTheAccount() => MigrationDatabase.OnPostgres(MigrateAndCheck);

    private static async Task MigrateAndCheck(SoleusDb db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261201000000_PasswordAttempts");
        var accountId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Accounts" ("Id", "Email", "PasswordHash", "CreatedAt") VALUES ({accountId}, 'kept@example.org', 'x', {At.UtcTicks})""");

        await migrator.MigrateAsync();
        db.Passkeys.Add(Passkey(accountId, [1, 2, 3]));
        db.PasskeyChallenges.Add(new PasskeyChallenge { Id = Guid.NewGuid(), AccountId = accountId, Options = "{}", ExpiresAt = At.AddMinutes(5) });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var kept = await db.Passkeys.SingleAsync();
        Assert.Equal(("Phone", 7L), (kept.Name, kept.SignCount));
        Assert.Equal([1, 2, 3], kept.CredentialId);
        db.Passkeys.Add(Passkey(accountId, [1, 2, 3]));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync();

        Assert.False(await db.Passkeys.AnyAsync());
        Assert.False(await db.PasskeyChallenges.AnyAsync());
    }

    private static Passkey Passkey(Guid accountId, byte[] credentialId) => new()
    {
        AccountId = accountId, CredentialId = credentialId, PublicKey = [9, 9], SignCount = 7, UserHandle = accountId.ToByteArray(), Name = "Phone", CreatedAt = At,
    };
}
