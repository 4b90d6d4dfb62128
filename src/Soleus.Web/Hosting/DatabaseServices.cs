using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Soleus.Web.Data;

namespace Soleus.Web.Hosting;

/// <summary>The database (SQLite by default, PostgreSQL when configured), its migrations, and the shared key ring.</summary>
public static class DatabaseServices
{
    /// <summary>
    /// Registers the database: SQLite in the data folder by default, PostgreSQL when configured. The Data Protection
    /// key ring lives in it too (ASP.NET Core's EF Core key store), so every instance reads the cookies another issued.
    /// </summary>
    public static IServiceCollection AddSoleusData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(database =>
            {
                // Once at start, not each time a request's DbContext is configured.
                if (database.Provider == "postgres" && !string.IsNullOrWhiteSpace(database.ConnectionString))
                {
                    database.ConnectionString = PostgresConnectionString(database.ConnectionString);
                }
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<SoleusDb>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == "postgres")
            {
                // 57P01 (admin_shutdown) is what a restarting server sends to the connections it ends: retry those too.
                options.UseNpgsql(database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(6, TimeSpan.FromSeconds(5), ["57P01"]));
            }
            else
            {
                options.UseSqlite(database.ConnectionString ?? SqliteConnectionString(provider))
                    .AddInterceptors(new SqlitePragmas());
            }

            // Migrations are written by hand without a model snapshot; DatabaseSchemaTests checks them against the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddDataProtection().SetApplicationName("soleus").PersistKeysToDbContext<SoleusDb>();
        return services;
    }

    /// <summary>
    /// The configured PostgreSQL connection string, with two settings unless the string gives its own: the statements
    /// each connection uses most are prepared on the server (Max Auto Prepare = 20), so the same few queries skip
    /// parsing and planning; and a pooled connection is not reset each time it is handed back (No Reset On Close),
    /// because Soleus leaves no session state on a connection (no SET, no temporary table, no LISTEN). Behind a
    /// pooler in transaction mode, set "Max Auto Prepare=0".
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 20;
        }

        if (!configured.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Creates or upgrades the schema, and puts a SQLite file in WAL mode.</summary>
    public static void MigrateDatabase(this IHost app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        if (db.Database.IsSqlite())
        {
            var folder = Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            MigrateIfPending(db);
            db.Database.OpenConnection();
            var mode = Scalar(db, "PRAGMA journal_mode = WAL");
            var synchronous = Scalar(db, "PRAGMA synchronous");
            db.Database.CloseConnection();
            if (mode != "wal" || synchronous != "2")
            {
                throw new InvalidOperationException($"SQLite must run in WAL mode with synchronous=FULL; found journal_mode={mode}, synchronous={synchronous}.");
            }
        }
        else
        {
            MigrateIfPending(db);
        }
    }

    /// <summary>
    /// Applies pending migrations only. Migrate() takes EF's migration lock even when nothing is pending, and a
    /// process killed while holding it (SQLite keeps it as a row) would keep every later start waiting; an
    /// up-to-date database is now opened without touching the lock.
    /// </summary>
    private static void MigrateIfPending(SoleusDb db)
    {
        if (db.Database.GetPendingMigrations().Any())
        {
            db.Database.Migrate();
        }
    }

    private static string? Scalar(SoleusDb db, string sql)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string SqliteConnectionString(IServiceProvider provider)
    {
        var soleus = provider.GetRequiredService<IOptions<SoleusOptions>>().Value;
        var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return $"Data Source={Path.Combine(root, soleus.DataFolder, "soleus.db")}";
    }
}
