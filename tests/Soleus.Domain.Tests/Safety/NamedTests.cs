using System.Reflection;
using System.Text.RegularExpressions;

namespace Soleus.Domain.Tests.Safety;

/// <summary>
/// Tests named in the docs as <c>`SomethingTests.Method`</c>, and which of them are not a [Fact] or [Theory] of this
/// assembly. Shared by the checks of docs/safety/hazard-log.md and docs/seed-traceability.md.
/// </summary>
internal static partial class NamedTests
{
    /// <summary>Every <c>`SomethingTests.Method`</c> in the text, in order, once each.</summary>
    public static List<string> In(string text) =>
        [.. TestReference().Matches(text).Select(m => m.Groups["ref"].Value).Distinct()];

    /// <summary>The references that are not a [Fact] or [Theory] method of a class of that name in this assembly.</summary>
    public static List<string> Missing(IEnumerable<string> references)
    {
        var types = typeof(NamedTests).Assembly.GetTypes();
        return [.. references.Where(r =>
        {
            var (type, method) = (r[..r.IndexOf('.', StringComparison.Ordinal)], r[(r.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            return !types.Where(t => t.Name == type)
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
                .Any(m => m.Name == method && m.GetCustomAttributes<FactAttribute>(inherit: true).Any());
        })];
    }

    [GeneratedRegex(@"`(?<ref>[A-Z]\w*Tests\.\w+)`")]
    private static partial Regex TestReference();
}
