using System.Text.RegularExpressions;

namespace Soleus.Web.Tests.Safety;

/// <summary>The scripts the pages load (wwwroot/js), and every string literal in them, as the wording checks read them.</summary>
internal static partial class ScriptStrings
{
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src/Soleus.Web/wwwroot/js"), "*.js", SearchOption.AllDirectories)];

    /// <summary>Each string literal ('…', "…" or `…`) with the name of the script it stands in.</summary>
    public static IEnumerable<(string File, string Text)> All() =>
        Files.SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)).Select(m => (Path.GetFileName(f), m.Value)));

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)*'|""(?:[^""\\\n]|\\.)*""|`(?:[^`\\]|\\.)*`")]
    private static partial Regex StringLiteral();
}
