using System.Text.RegularExpressions;

namespace Soleus.Browser.Tests;

/// <summary>
/// Where the tests keep their full-page screenshots: <c>artifacts/screenshots/</c> at the repository root (git-ignored),
/// or the folder in <see cref="Variable"/>. Each is named <c>&lt;test&gt;-&lt;step&gt;.png</c>, and a new run
/// overwrites the last one's.
/// </summary>
public static partial class Screenshots
{
    public const string Variable = "SOLEUS_SCREENSHOTS";

    public static string Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    /// <summary>The file for a test's step, letters, digits, '_' and '-' only.</summary>
    public static string File(string test, string step) => Path.Combine(Folder, $"{Safe(test)}-{Safe(step)}.png");

    private static string Safe(string name) => Unsafe().Replace(name, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Unsafe();
}
