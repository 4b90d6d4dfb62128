namespace Soleus.Browser.Tests;

/// <summary>
/// What the browser tests need beyond the .NET SDK: Debian's Chromium and axe-core from npm. Outside CI a missing
/// piece skips the test with the command that installs it; in CI (CI=true) it fails the test, because CI installs both.
/// </summary>
public static class Prerequisites
{
    /// <summary>Set to use a Chromium other than Debian's /usr/bin/chromium.</summary>
    public const string ChromiumVariable = "SOLEUS_CHROMIUM";

    public const string ChromiumInstall = "apt-get install -y chromium";

    public const string AxeInstall = "cd tests/Soleus.Browser.Tests && npm ci";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>axe.min.js as copied next to the tests at build time, or else straight from the npm package folder.</summary>
    public static string? AxePath =>
        new[]
        {
            Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"),
            Path.Combine(RepositoryRoot.Path, "tests", "Soleus.Browser.Tests", "node_modules", "axe-core", "axe.min.js"),
        }.FirstOrDefault(File.Exists);

    public static void RequireChromium() => Require(File.Exists(ChromiumPath), $"Chromium at {ChromiumPath}", ChromiumInstall);

    public static string RequireAxe()
    {
        var path = AxePath;
        Require(path is not null, "axe-core (node_modules/axe-core/axe.min.js)", AxeInstall);
        return path!;
    }

    private static void Require(bool present, string what, string install)
    {
        if (present)
        {
            return;
        }

        var message = $"This test needs {what}, which is missing: {install}";
        if (InCi)
        {
            throw new InvalidOperationException("CI installs it, so this is a failure. " + message);
        }

        Skip.If(true, message);
    }
}
