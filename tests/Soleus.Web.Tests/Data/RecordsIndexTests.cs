using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Data;

/// <summary>
/// Progress reads a year of one person's sessions; the records index must answer that read alone, without a visit
/// to each row. A column added to <see cref="StoredSessions.RecordColumns"/> but not to the index fails this.
/// </summary>
public sealed class RecordsIndexTests
{
    [Fact]
    public void Sqlite_RecordsOfAPersonsYear_ReadFromTheRecordsIndexAlone()
    {
        var file = Path.Combine(Path.GetTempPath(), $"soleus-plan-{Guid.NewGuid():N}.db");
        try
        {
            using var db = new SoleusDb(new DbContextOptionsBuilder<SoleusDb>().UseSqlite($"Data Source={file}")
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
            db.Database.Migrate();
            var accountId = Guid.NewGuid();
            var since = DateTimeOffset.UnixEpoch;
            using var command = db.Sessions.Where(s => s.AccountId == accountId && s.StartedAt >= since).RecordColumns().CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            db.Database.OpenConnection();
            using var reader = command.ExecuteReader();
            var plan = new List<string>();
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }

            Assert.Equal(["SEARCH s USING COVERING INDEX IX_Sessions_Records (AccountId=? AND StartedAt>?)"], plan);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
