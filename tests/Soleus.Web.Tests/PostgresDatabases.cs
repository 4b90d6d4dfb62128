using Npgsql;

namespace Soleus.Web.Tests;

/// <summary>Removes the throwaway databases the tests create on the test PostgreSQL server.</summary>
internal static class PostgresDatabases
{
    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{Prerequisites.Postgres()};Database=postgres");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
