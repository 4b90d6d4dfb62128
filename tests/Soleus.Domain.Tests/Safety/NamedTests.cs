using System.Reflection;
using System.Text.RegularExpressions;

namespace Soleus.Domain.Tests.Safety;

/// <summary>
/// Tests named in the docs as <c>`SomethingTests.Method`</c>, and which of them are not a [Fact] or [Theory] of this
/// assembly, nor (for the checks that only run over HTTP or in a browser) a test method of that class in the source of
/// the web and browser test projects. Shared by the checks of docs/safety/hazard-log.md and docs/seed-traceability.md.
/// </summary>
internal static partial class NamedTests
{
    /// <summary>Every <c>`SomethingTests.Method`</c> in the text, in order, once each.</summary>
    public static List<string> In(string text) =>
        [.. TestReference().Matches(text).Select(m => m.Groups["ref"].Value).Distinct()];

    private static readonly string[] OtherTestProjects = ["tests/Soleus.Web.Tests", "tests/Soleus.Browser.Tests"];

    /// <summary>The references that are not a [Fact] or [Theory] method of a class of that name in this assembly or in the other test projects' source.</summary>
    public static List<string> Missing(IEnumerable<string> references)
    {
        var types = typeof(NamedTests).Assembly.GetTypes();
        return [.. references.Where(r =>
        {
            var (type, method) = (r[..r.IndexOf('.', StringComparison.Ordinal)], r[(r.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            return !types.Where(t => t.Name == type)
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
                .Any(m => m.Name == method && m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                && !InOtherTestProject(type, method);
        })];
    }

    /// <summary>True when a source file of another test project declares the class and, in it, a [...Fact] or [...Theory] method of that name.</summary>
    private static bool InOtherTestProject(string type, string method) =>
        OtherTestProjects.Select(RepoFile.PathOf).Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Any(source => Regex.IsMatch(source, $@"\bclass\s+{type}\b")
                && Regex.IsMatch(source, $@"\[\w*(?:Fact|Theory)\w*(?:\([^)]*\))?\]\s*(?:\[[^\]]*\]\s*)*public\s+(?:async\s+)?[\w<>]+\s+{method}\s*\("));

    [GeneratedRegex(@"`(?<ref>[A-Z]\w*Tests\.\w+)`")]
    private static partial Regex TestReference();
}
