using System.Text.RegularExpressions;

namespace Soleus.Domain.Tests;

public partial class NoWallClockTests
{
    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|UtcNow|Today)\b|\bStopwatch\b|\bEnvironment\s*\.\s*TickCount")]
    private static partial Regex WallClock();

    [Fact]
    public void DomainSources_NeverReadTheWallClock()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "Soleus.Domain");
        var files = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => WallClock().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}");

        Assert.True(files.Count > 20, $"expected the domain's sources under {domain}");
        Assert.Empty(offenders);
    }

    [Fact]
    public void WallClockPattern_CatchesEachForbiddenRead()
    {
        string[] bad = ["var t = DateTime.Now;", "DateTimeOffset.UtcNow", "DateTime . Today", "Stopwatch.StartNew()", "Environment.TickCount64"];

        Assert.All(bad, line => Assert.Matches(WallClock(), line));
        Assert.DoesNotMatch(WallClock(), "time.GetUtcNow()");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Soleus.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Soleus.slnx not found above " + AppContext.BaseDirectory);
    }
}
