using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// A throwaway database for a migration test, on SQLite (a temporary file) or PostgreSQL (a new database), removed
/// afterwards. The test gets a context on it that leaves the migrating to the test: the database starts empty, so the
/// model's pending-changes check is switched off.
/// </summary>
internal static class MigrationDatabase
{
    public static async Task OnSqlite(Func<SoleusDb, Task> test)
    {
        var file = Path.Combine(Path.GetTempPath(), $"soleus-migration-{Guid.NewGuid():N}.db");
        try
        {
            await Run(new DbContextOptionsBuilder<SoleusDb>().UseSqlite($"Data Source={file}"), test);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    public static async Task OnPostgres(Func<SoleusDb, Task> test)
    {
        var database = $"soleus_test_{Guid.NewGuid():N}";
        try
        {
            await Run(new DbContextOptionsBuilder<SoleusDb>().UseNpgsql($"{Prerequisites.Postgres()};Database={database}"), test);
        }
        finally
        {
            PostgresDatabases.Drop(database);
        }
    }

    private static async Task Run(DbContextOptionsBuilder<SoleusDb> options, Func<SoleusDb, Task> test)
    {
        await using var db = new SoleusDb(options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        await test(db);
    }
}
