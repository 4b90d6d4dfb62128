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

    /// <summary>
    /// The test PostgreSQL server's binaries and data folder, so a test may restart it (.ci/run exports both);
    /// implies <see cref="Postgres"/>.
    /// </summary>
    public static (string Bin, string Data) PostgresControl()
    {
        Postgres();
        var bin = Environment.GetEnvironmentVariable("SOLEUS_TEST_PG_BIN");
        var data = Environment.GetEnvironmentVariable("SOLEUS_TEST_PG_DATA");
        if (!string.IsNullOrWhiteSpace(bin) && !string.IsNullOrWhiteSpace(data))
        {
            return (bin, data);
        }

        const string message = "needs control of the test PostgreSQL server: set SOLEUS_TEST_PG_BIN (its bin folder) and SOLEUS_TEST_PG_DATA (its data folder), as .ci/run does";
        if (InCi)
        {
            throw new InvalidOperationException("CI " + message);
        }

        Skip.If(true, "This test " + message + ".");
        return ("", "");
    }

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

    /// <summary>
    /// The path of a program from a Debian package, such as /usr/sbin/nginx from nginx (the deployment tests' reverse
    /// proxy) or /usr/bin/sqlite3 from sqlite3 (the backup commands of docs/deploy.md).
    /// </summary>
    public static string Program(string path, string package)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"needs {path}: apt-get install -y {package}";
        if (InCi)
        {
            throw new InvalidOperationException("CI " + message);
        }

        Skip.If(true, "This test " + message + ".");
        return "";
    }
}
