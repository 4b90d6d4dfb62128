using Microsoft.EntityFrameworkCore;

namespace Soleus.Web.Tests.Data;

/// <summary>A throwaway database for a migration test, on SQLite (a temporary file) or PostgreSQL (a new database), removed afterwards.</summary>
internal static class MigrationDatabase
{
    public static async Task OnSqlite(Func<DbContextOptionsBuilder<Soleus.Web.Data.SoleusDb>, Task> test)
    {
        var file = Path.Combine(Path.GetTempPath(), $"soleus-migration-{Guid.NewGuid():N}.db");
        try
        {
            await test(new DbContextOptionsBuilder<Soleus.Web.Data.SoleusDb>().UseSqlite($"Data Source={file}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    public static async Task OnPostgres(Func<DbContextOptionsBuilder<Soleus.Web.Data.SoleusDb>, Task> test)
    {
        var database = $"soleus_test_{Guid.NewGuid():N}";
        try
        {
            await test(new DbContextOptionsBuilder<Soleus.Web.Data.SoleusDb>().UseNpgsql($"{Prerequisites.Postgres()};Database={database}"));
        }
        finally
        {
            PostgresDatabases.Drop(database);
        }
    }
}
