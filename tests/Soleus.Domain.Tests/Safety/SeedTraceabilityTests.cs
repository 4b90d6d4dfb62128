using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Safety;

/// <summary>
/// docs/seed-traceability.md gives, for each fact taken from the seed, where it lives and the test that checks it.
/// These tests fail when a row names a test that is not a [Fact] or [Theory] of this assembly, when a row is still
/// pending or lacks a place or a test, when its test column holds anything but tests and their theory rows (such as
/// "text" for prose nobody tests), when a JSON path names an item or a field that the shipped files do not have (or
/// that is null), and when a C# rule it names does not exist.
/// </summary>
public class SeedTraceabilityTests
{
    private const string DocPath = "docs/seed-traceability.md";

    private static readonly JsonNode ProtocolJson = JsonNode.Parse(ShippedProtocol.Text("four-layer-method.json"))!;
    private static readonly JsonNode ScreeningJson = JsonNode.Parse(ShippedProtocol.Text(ShippedQuestionnaire.File))!;

    [Fact]
    public void SeedTraceability_Rows_AreFoundInEverySection()
    {
        var rows = SeedTraceability.Rows(RepoFile.Text(DocPath));

        Assert.True(rows.Count >= 70, $"Only {rows.Count} rows found in {DocPath}: the parser or the document is broken.");
        Assert.Contains(rows, r => r.Where.Contains("questions[", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Where.Contains("steps[", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SeedTraceability.MissingTest)]
    [InlineData(SeedTraceability.Pending)]
    [InlineData(SeedTraceability.Incomplete)]
    [InlineData(SeedTraceability.BadPath)]
    [InlineData(SeedTraceability.BadRule)]
    public void SeedTraceability_ShippedDocument_HasNoProblemOfKind(string kind)
    {
        var problems = SeedTraceability.Check(RepoFile.Text(DocPath), ProtocolJson, ScreeningJson).Where(p => p.Kind == kind).ToList();

        Assert.True(problems.Count == 0, $"{DocPath}:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Check_BadRows_EachIsReportedAndTheGoodRowIsNot()
    {
        const string doc = """
            | Seed fact | Where | Test |
            |---|---|---|
            | good | `steps[warm-up].durationSeconds`, `.cadencePerMinute`, `steps[warm-up…strip].layer`, `steps[foam-roller\|massage-gun].avoid`, `questions[pregnant].verdictIfYes`, `referrals[one-leg-only]`, `ReferralRules.NotBetterAfterTwoWeeks` | `SeedFiguresTests.DvtWarning_Text_Names` [DVT, emergency], `SeedFiguresTests.MinutesPerCalf_Session_IsFiveToTen` |
            | no such test | `disclaimer` | `SeedFiguresTests.DvtWarning_Text_Names`, `SeedFiguresTests.NoSuchTest` |
            | still to do | protocols/screening.json (issue 3, pending) | pending |
            | no such step | `steps[warm-upp].durationSeconds` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | no such field | `steps[knead].cadencePerMinute` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | null field | `steps[opposite-knee].layer` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | null in a range | `steps[strip…foam-roller].layer` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | no such question | `questions[one-calf-swollen]` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | no such question field | `questions[pregnant].verdict` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | continuation without a path | `.holdSeconds` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | no such rule | `ReferralRules.NotBetterAfterThreeWeeks` | `SeedFiguresTests.DvtWarning_Text_Names` |
            | no test | `disclaimer` | checked somewhere |
            | marked text | `disclaimer` | text |
            | a test and text | `disclaimer` | `SeedFiguresTests.DvtWarning_Text_Names` [DVT]; wording: text |
            """;

        var problems = SeedTraceability.Check(doc, ProtocolJson, ScreeningJson);

        Assert.Equal(
            [
                "missing-test: no such test: SeedFiguresTests.NoSuchTest",
                "pending: still to do: protocols/screening.json (issue 3, pending) | pending",
                "incomplete: still to do: no place named",
                "incomplete: still to do: no test named",
                "bad-path: no such step: steps[warm-upp].durationSeconds: no item 'warm-upp' in steps",
                "bad-path: no such field: steps[knead].cadencePerMinute: no field 'cadencePerMinute' in steps[knead]",
                "bad-path: null field: steps[opposite-knee].layer: steps[opposite-knee].layer is null",
                "bad-path: null in a range: steps[strip…foam-roller].layer: steps[opposite-knee].layer is null",
                "bad-path: null in a range: steps[strip…foam-roller].layer: steps[foam-roller].layer is null",
                "bad-path: no such question: questions[one-calf-swollen]: no item 'one-calf-swollen' in questions",
                "bad-path: no such question field: questions[pregnant].verdict: no field 'verdict' in questions[pregnant]",
                "bad-path: continuation without a path: .holdSeconds: a continuation with no path before it",
                "bad-rule: no such rule: ReferralRules.NotBetterAfterThreeWeeks",
                "incomplete: no test: no test named",
                "incomplete: marked text: no test named",
                "incomplete: a test and text: not a test: ; wording: text",
            ],
            problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("steps[*].id", 8)]
    [InlineData("steps[warm-up…strip].targetMuscle", 4)]
    [InlineData("steps[warm-up|strip|foam-roller].direction", 3)]
    [InlineData("preparation.equipment[foam-roller|massage-ball].reaches", 2)]
    [InlineData("stopAdvice[swelling-or-redness].showDvtWarning", 1)]
    [InlineData("verdicts[emergency].text", 1)]
    [InlineData("rootCauses[heel-pain-first-steps].suggestedEquipment", 1)]
    public void Resolve_GoodPath_ReachesEachSelectedValue(string path, int values)
    {
        var (found, problems) = SeedTraceability.Resolve(path, ProtocolJson, ScreeningJson);

        Assert.Empty(problems);
        Assert.Equal(values, found);
    }

    [Theory]
    [InlineData("steps[strip…warm-up].layer", "'strip' comes after 'warm-up' in steps")]
    [InlineData("steps[*].layer", "steps[opposite-knee].layer is null")]
    [InlineData("steps[warm-up", "not a path")]
    [InlineData("nowhere[x].y", "no field 'nowhere' in either protocol file")]
    [InlineData("disclaimer[x]", "disclaimer is not a list")]
    public void Resolve_BadPath_SaysWhatIsWrong(string path, string problem)
    {
        var (_, problems) = SeedTraceability.Resolve(path, ProtocolJson, ScreeningJson);

        Assert.Contains(problem, problems);
    }
}

/// <summary>
/// The checker behind <see cref="SeedTraceabilityTests"/>. A row is a table line <c>| fact | where | test |</c>.
/// In "where", each <c>`…`</c> is either a C# rule (<c>Type.Member</c> of Soleus.Domain), a JSON path, or a
/// continuation <c>.field</c> of the path before it. A path starts at the top of four-layer-method.json when that file
/// has its first field, otherwise at the top of screening.json; <c>name[sel]</c> selects items of a list by their
/// <c>id</c> (<c>reason</c> in stopAdvice, <c>verdict</c> in verdicts): one id, <c>a|b</c>, <c>a…b</c> (a to b in list
/// order) or <c>*</c> (all). Every value a path reaches must exist and not be null.
/// </summary>
internal static partial class SeedTraceability
{
    public const string MissingTest = "missing-test";
    public const string Pending = "pending";
    public const string Incomplete = "incomplete";
    public const string BadPath = "bad-path";
    public const string BadRule = "bad-rule";

    private static readonly string[] ItemKeys = ["id", "reason", "verdict"];

    public sealed record Row(string Fact, string Where, string Test, string Line);

    public sealed record Problem(string Kind, string Fact, string Detail)
    {
        public override string ToString() => $"{Kind}: {Fact}: {Detail}";
    }

    /// <summary>The table rows of the document, header and separator lines left out; <c>\|</c> is a | inside a cell.</summary>
    public static List<Row> Rows(string doc) =>
    [
        .. doc.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('|') && !SeparatorLine().IsMatch(l))
            .Select(l => (Line: l, Cells: CellBorder().Split(l.Trim('|')).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal).Trim()).ToArray()))
            .Where(r => r.Cells.Length == 3 && r.Cells[0] != "Seed fact")
            .Select(r => new Row(r.Cells[0], r.Cells[1], r.Cells[2], r.Line)),
    ];

    public static List<Problem> Check(string doc, JsonNode protocol, JsonNode questionnaire)
    {
        var problems = new List<Problem>();
        foreach (var row in Rows(doc))
        {
            problems.AddRange(NamedTests.Missing(NamedTests.In(row.Test)).Select(t => new Problem(MissingTest, row.Fact, t)));
            if (row.Where.Contains("pending", StringComparison.OrdinalIgnoreCase) || row.Test.Contains("pending", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(Pending, row.Fact, $"{row.Where} | {row.Test}"));
            }

            var places = Code().Matches(row.Where).Select(m => m.Groups["code"].Value).ToList();
            if (places.Count == 0)
            {
                problems.Add(new(Incomplete, row.Fact, "no place named"));
            }

            var notTests = TestWithRows().Replace(row.Test, "").Trim(' ', ',');
            if (NamedTests.In(row.Test).Count == 0)
            {
                problems.Add(new(Incomplete, row.Fact, "no test named"));
            }
            else if (notTests.Length > 0)
            {
                problems.Add(new(Incomplete, row.Fact, $"not a test: {notTests}"));
            }

            string? parent = null;
            foreach (var place in places)
            {
                if (DomainRule().IsMatch(place))
                {
                    if (!RuleExists(place))
                    {
                        problems.Add(new(BadRule, row.Fact, place));
                    }

                    continue;
                }

                if (place.StartsWith('.') && parent is null)
                {
                    problems.Add(new(BadPath, row.Fact, $"{place}: a continuation with no path before it"));
                    continue;
                }

                var path = place.StartsWith('.') ? parent + place : place;
                parent = path.Contains('.', StringComparison.Ordinal) ? path[..path.LastIndexOf('.')] : null;
                var (_, wrong) = Resolve(path, protocol, questionnaire);
                problems.AddRange(wrong.Select(w => new Problem(BadPath, row.Fact, $"{place}: {w}")));
            }
        }

        return problems;
    }

    /// <summary>How many values the path reaches, and what is wrong with it.</summary>
    public static (int Found, List<string> Problems) Resolve(string path, JsonNode protocol, JsonNode questionnaire)
    {
        var segments = path.Split('.').Select(s => PathSegment().Match(s)).ToList();
        if (segments.Any(s => !s.Success))
        {
            return (0, ["not a path"]);
        }

        var first = segments[0].Groups["name"].Value;
        var root = protocol.AsObject().ContainsKey(first) ? protocol : questionnaire.AsObject().ContainsKey(first) ? questionnaire : null;
        if (root is null)
        {
            return (0, [$"no field '{first}' in either protocol file"]);
        }

        var problems = new List<string>();
        List<(JsonNode Node, string At)> current = [(root, "")];
        foreach (var segment in segments)
        {
            var (name, selector) = (segment.Groups["name"].Value, segment.Groups["sel"]);
            var next = new List<(JsonNode, string)>();
            foreach (var (node, at) in current)
            {
                var here = at.Length == 0 ? name : $"{at}.{name}";
                if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out var value))
                {
                    problems.Add($"no field '{name}' in {(at.Length == 0 ? "the file" : at)}");
                }
                else if (value is null)
                {
                    problems.Add($"{here} is null");
                }
                else if (!selector.Success)
                {
                    next.Add((value, here));
                }
                else if (value is not JsonArray list)
                {
                    problems.Add($"{here} is not a list");
                }
                else
                {
                    next.AddRange(Select(list, selector.Value, here, problems));
                }
            }

            current = next;
        }

        return (current.Count, problems);
    }

    private static IEnumerable<(JsonNode, string)> Select(JsonArray list, string selector, string at, List<string> problems)
    {
        var items = list.OfType<JsonObject>().Select(o => (Node: (JsonNode)o, Id: ItemId(o))).ToList();
        if (selector == "*")
        {
            return items.Select(i => (i.Node, $"{at}[{i.Id}]"));
        }

        var ids = selector.Split('…');
        if (ids.Length == 2)
        {
            var (from, to) = (items.FindIndex(i => i.Id == ids[0]), items.FindIndex(i => i.Id == ids[1]));
            foreach (var missing in ids.Where(id => items.All(i => i.Id != id)))
            {
                problems.Add($"no item '{missing}' in {at}");
            }

            if (from > to && to >= 0)
            {
                problems.Add($"'{ids[0]}' comes after '{ids[1]}' in {at}");
            }

            return from < 0 || to < 0 || from > to ? [] : items[from..(to + 1)].Select(i => (i.Node, $"{at}[{i.Id}]"));
        }

        var found = new List<(JsonNode, string)>();
        foreach (var id in selector.Split('|'))
        {
            var item = items.FirstOrDefault(i => i.Id == id);
            if (item.Node is null)
            {
                problems.Add($"no item '{id}' in {at}");
            }
            else
            {
                found.Add((item.Node, $"{at}[{id}]"));
            }
        }

        return found;
    }

    private static string? ItemId(JsonObject item) =>
        ItemKeys.Select(k => item.TryGetPropertyValue(k, out var v) && v is JsonValue value && value.TryGetValue<string>(out var s) ? s : null)
            .FirstOrDefault(s => s is not null);

    /// <summary>A public type of Soleus.Domain with that simple name has a public member of that name.</summary>
    private static bool RuleExists(string rule)
    {
        var (type, member) = (rule[..rule.IndexOf('.', StringComparison.Ordinal)], rule[(rule.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        return typeof(Questionnaire).Assembly.GetExportedTypes()
            .Where(t => t.Name == type)
            .Any(t => t.GetMember(member, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0);
    }

    [GeneratedRegex(@"^\|[\s:|-]+\|$")]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellBorder();

    [GeneratedRegex("`(?<code>[^`]+)`")]
    private static partial Regex Code();

    /// <summary>A test named as <c>`SomethingTests.Method`</c>, with its theory rows in brackets if it has any.</summary>
    [GeneratedRegex(@"`[A-Z]\w*Tests\.\w+`( \[[^\]\[]*\])?")]
    private static partial Regex TestWithRows();

    [GeneratedRegex(@"^[A-Z]\w*\.[A-Z]\w*$")]
    private static partial Regex DomainRule();

    [GeneratedRegex(@"^(?<name>[A-Za-z]\w*)(\[(?<sel>[^\]\[]+)\])?$")]
    private static partial Regex PathSegment();
}
