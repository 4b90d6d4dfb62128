using System.Text.RegularExpressions;

namespace Soleus.Domain.Tests.Safety;

/// <summary>
/// docs/safety/hazard-log.md names, for each control, the tests that prove it, as <c>`SomethingTests.Method`</c>. These
/// tests fail when a named test does not exist as a [Fact] or [Theory] in this assembly, when a hazard the issue asks
/// for is missing, or when a hazard lacks a field of the log or a control without a test.
/// </summary>
public partial class HazardLogTests
{
    private const string LogPath = "docs/safety/hazard-log.md";

    [Fact]
    public void HazardLog_EveryNamedTest_ExistsAsAFactOrTheory()
    {
        var log = RepoFile.Text(LogPath);

        var named = NamedTests.In(log);
        var missing = NamedTests.Missing(named);

        Assert.True(named.Count >= 30, $"Only {named.Count} test references found in the hazard log: the parser or the log is broken.");
        Assert.True(missing.Count == 0, "The hazard log names tests that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Missing_ReferenceToNoTest_IsReported()
    {
        const string text = """
            - C-1 evidence: `ScreenerTests.Screen_Table_VerdictReasonsAndLegsCleared`, `ScreenerTests.Screen_NoSuchCase_Passes`,
              `NoSuchClassTests.Anything`, `HazardLogTests.Missing` (a helper, not a test).
            """;

        var missing = NamedTests.Missing(NamedTests.In(text));

        Assert.Equal(["ScreenerTests.Screen_NoSuchCase_Passes", "NoSuchClassTests.Anything", "HazardLogTests.Missing"], missing);
    }

    [Fact]
    public void Missing_ReferenceToAWebOrBrowserTest_IsLookedUpInItsSource()
    {
        var missing = NamedTests.Missing(["ScreeningApiTests.Screen_AllNoAnonymous_ProceedsWithBothLegsCleared", "ScreeningApiTests.Screen_NoSuchCase", "NoSuchWebTests.Anything"]);

        Assert.Equal(["ScreeningApiTests.Screen_NoSuchCase", "NoSuchWebTests.Anything"], missing);
    }

    [Theory]
    [InlineData("blood clot")]
    [InlineData("False reassurance")]
    [InlineData("blood thinner")]
    [InlineData("reduced sensation")]
    [InlineData("stale health profile")]
    [InlineData("sharp pain")]
    [InlineData("downward stroke")]
    [InlineData("massage gun")]
    [InlineData("not carried forward")]
    [InlineData("self-recorded clearance misused")]
    [InlineData("Clot urgency inconsistent")]
    [InlineData("ignores the equipment")]
    public void HazardLog_HazardTheIssueAsksFor_HasItsOwnEntry(string words)
    {
        var titles = Hazards(RepoFile.Text(LogPath)).Select(h => h.Title);

        Assert.Contains(titles, t => t.Contains(words, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HazardLog_EveryHazard_HasEveryFieldAndEachControlNamesATest()
    {
        var hazards = Hazards(RepoFile.Text(LogPath));

        Assert.True(hazards.Count >= 8, $"Expected at least 8 hazards, found {hazards.Count}.");
        foreach (var (title, body) in hazards)
        {
            foreach (var field in new[] { "Hazard", "Cause", "Effect", "Harm", "Initial risk", "Residual risk" })
            {
                Assert.True(Regex.IsMatch(body, $@"^\| {field} \| \S", RegexOptions.Multiline), $"'{title}' has no '{field}' entry.");
            }

            var controls = ControlLine().Matches(body).Select(m => m.Value).ToList();
            Assert.True(controls.Count > 0, $"'{title}' has no control.");
            Assert.All(controls, c => Assert.True(NamedTests.In(c).Count > 0, $"'{title}': this control names no test: {c}"));
        }
    }

    /// <summary>Each "## H-nn title" section with its text up to the next such heading.</summary>
    private static List<(string Title, string Body)> Hazards(string log)
    {
        var heads = HazardHeading().Matches(log).ToList();
        return [.. heads.Select((h, i) => (h.Groups["title"].Value, log[h.Index..(i + 1 < heads.Count ? heads[i + 1].Index : log.Length)]))];
    }

    [GeneratedRegex(@"^## (?<title>H-\d+ .+)$", RegexOptions.Multiline)]
    private static partial Regex HazardHeading();

    [GeneratedRegex(@"^- \*\*C-\d+\.\d+\*\*.*$", RegexOptions.Multiline)]
    private static partial Regex ControlLine();
}
