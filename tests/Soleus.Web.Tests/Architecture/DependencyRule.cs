using System.Text.RegularExpressions;

namespace Soleus.Web.Tests.Architecture;

/// <summary>
/// The dependency rule of docs/architecture.md, read off the source text: each folder of Soleus.Web is a layer named
/// after it, and a file may name (by a using, an @using, an @inject or a qualified name) only the layers its own may
/// reach. Nothing but Program.cs sits outside a layer, and every file declares the namespace of its folder, so no
/// type can be reached without being named.
/// </summary>
public static partial class DependencyRule
{
    /// <summary>What each layer may name besides itself: Data knows only the domain, Features the data, Hosting wires both, and the two doors use Features and Hosting but never each other.</summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new Dictionary<string, string[]>
    {
        ["Data"] = [],
        ["Features"] = ["Data"],
        ["Hosting"] = ["Features", "Data"],
        ["Api"] = ["Features", "Hosting"],
        ["Pages"] = ["Features", "Hosting"],
    };

    /// <summary>Every forbidden reach in the files (path relative to src/Soleus.Web, text), as "path:line names X".</summary>
    public static List<string> Violations(IEnumerable<(string Path, string Text)> files)
    {
        var found = new List<string>();
        foreach (var (path, text) in files)
        {
            var parts = path.Replace('\\', '/').Split('/');
            var layer = parts.Length > 1 ? parts[0] : null;
            if (layer is null || !Allowed.TryGetValue(layer, out var allowed))
            {
                if (path != "Program.cs" && path.EndsWith(".cs", StringComparison.Ordinal))
                {
                    found.Add($"{path}: outside every layer folder ({string.Join(", ", Allowed.Keys)})");
                }

                continue;
            }

            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (GlobalUsing().IsMatch(line))
                {
                    found.Add($"{path}:{i + 1}: a global using of the app's own namespaces reaches every file");
                }

                if (Namespace().Match(line) is { Success: true } declared && declared.Groups[1].Value != layer)
                {
                    found.Add($"{path}:{i + 1}: declares namespace Soleus.Web.{declared.Groups[1].Value} in the {layer} folder");
                }

                foreach (Match named in Named().Matches(line))
                {
                    var target = named.Groups[1].Value;
                    if (target != layer && !allowed.Contains(target) && !line.TrimStart().StartsWith("namespace", StringComparison.Ordinal))
                    {
                        found.Add($"{path}:{i + 1}: {layer} names {target}");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The Soleus.Web sources (.cs and .cshtml), relative to the project folder, without build output.</summary>
    public static IEnumerable<(string Path, string Text)> Sources(string project) =>
        Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(project, f))));

    [GeneratedRegex(@"\bSoleus\.Web\.([A-Z][A-Za-z]*)")]
    private static partial Regex Named();

    [GeneratedRegex(@"^\s*namespace\s+Soleus\.Web\.([A-Za-z]+)")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*global\s+using\s+(static\s+)?Soleus\.Web")]
    private static partial Regex GlobalUsing();
}
