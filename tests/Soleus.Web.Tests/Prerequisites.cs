namespace Soleus.Web.Tests;

/// <summary>
/// What some tests need beyond the .NET SDK. Outside CI a missing piece skips the test with a message saying what
/// to install; in CI (CI=true) it fails the test, because CI installs everything.
/// </summary>
internal static class Prerequisites
{
    public const string PostgresVariable = "SOLEUS_TEST_POSTGRES";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this test run puts the whole suite on PostgreSQL (SOLEUS_TEST_PROVIDER=postgres).</summary>
    public static bool SuiteOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("SOLEUS_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to a PostgreSQL server the tests may create databases on.</summary>
    public static string Postgres()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return connection;
        }

        const string message = $"needs PostgreSQL: apt-get install -y postgresql, start a server (see .ci/run) and set {PostgresVariable}=\"Host=127.0.0.1;Port=55432;Username=postgres\"";
        if (InCi)
        {
            throw new InvalidOperationException("CI " + message);
        }

        Skip.If(true, "This test " + message + ".");
        return "";
    }
}
