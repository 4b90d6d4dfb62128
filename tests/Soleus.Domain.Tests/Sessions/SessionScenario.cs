using System.Globalization;
using System.Text.Json.Nodes;

namespace Soleus.Domain.Tests.Sessions;

/// <summary>
/// One file of tests/scenarios: a plan request, the pain ratings before, the timeline the domain builds for it, the
/// rules' numbers the player is handed, and steps (a command at a clock reading, in seconds) each with what must hold
/// after it: the state, the active seconds, the stop reason, whether the command was refused, and the cues raised
/// since the step before ("kind@seconds", in order). The same files run against the JS player (tests/player).
/// </summary>
internal sealed record SessionScenario(string File, JsonObject Json)
{
    /// <summary>tests/scenarios, found by walking up to the folder that holds Soleus.slnx.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Set SOLEUS_UPDATE_SCENARIOS=1 to have the runner write what it observes into the files, to review.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("SOLEUS_UPDATE_SCENARIOS") == "1";

    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static SessionScenario Load(string file) =>
        new(file, JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, file)))!.AsObject());

    public void Save() => System.IO.File.WriteAllText(Path.Combine(Folder, File), Json.ToJsonString(new() { WriteIndented = true }) + "\n");

    /// <summary>"hold-start@125.5": a raised cue as the files name it.</summary>
    public static string Name(string kind, double atSeconds) => $"{kind}@{atSeconds.ToString("0.###", CultureInfo.InvariantCulture)}";

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Soleus.slnx")))
            {
                return Path.Combine(folder.FullName, "tests", "scenarios");
            }
        }

        throw new InvalidOperationException($"No Soleus.slnx above {AppContext.BaseDirectory}.");
    }
}
