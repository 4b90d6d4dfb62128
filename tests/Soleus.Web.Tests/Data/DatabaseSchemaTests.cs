using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// The migrations are written by hand, so this compares the schema they build with the schema EF Core derives from
/// the model: tables, columns (type, null, key), indexes and foreign keys must be the same.
/// </summary>
public sealed class DatabaseSchemaTests
{
    private static List<string> Schema(Action<SoleusDb> create)
    {
        var file = Path.Combine(Path.GetTempPath(), $"soleus-schema-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = new SoleusDb(new DbContextOptionsBuilder<SoleusDb>().UseSqlite($"Data Source={file}").ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).Options))
            {
                create(db);
            }

            using var connection = new SqliteConnection($"Data Source={file}");
            connection.Open();
            var rows = new List<string>();
            foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')"))
            {
                rows.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')"));
                rows.AddRange(Query(connection, $"SELECT '{table} index ' || name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"));
                rows.AddRange(Query(connection, $"SELECT '{table} fk ' || \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"));
            }

            rows.Sort(StringComparer.Ordinal);
            return rows;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    [Fact]
    public void Migrations_BuildTheSameSchemaAsTheModel()
    {
        var migrated = Schema(db => db.Database.Migrate());
        var modelled = Schema(db => db.Database.EnsureCreated());

        Assert.True(modelled.Count > 30, "the model should have its tables");
        Assert.Equal(modelled, migrated);
    }
}
