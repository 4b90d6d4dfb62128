using System.Text.RegularExpressions;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Xunit.Abstractions;

namespace Soleus.Domain.Tests.Planning;

/// <summary>
/// The speech budget, played out the way the browser player speaks a timeline (wwwroot/js/player/main.js and
/// speech.js): the cues raised at one instant are said together, their texts joined, in the strongest voice among
/// them (interrupt over queue over if-idle). Said at <see cref="WordsPerMinute"/>, a line keeps the voice busy from
/// its instant (or, when it waited, from the end of what it waited for) until its last word. A line that comes while
/// the voice is still busy breaks the budget in one of three ways, as its voice decides:
/// <list type="bullet">
/// <item><b>cut</b>: an interrupt cancels what is being said, and anything waiting, before its end;</item>
/// <item><b>late</b>: a queue line waits, so it is said after its instant;</item>
/// <item><b>lost</b>: an if-idle line is dropped, its words never said.</item>
/// </list>
/// So "every spoken cue ends before the next cue that would cut it" holds when no line breaks the budget: each line is
/// over by the instant of the next.
/// </summary>
public sealed class SpeechBudgetTests(ITestOutputHelper output)
{
    public const int WordsPerMinute = 150;

    /// <summary>The longest text the player shows at once during a step, in words.</summary>
    public const int ShortCueWords = 12;

    /// <summary>
    /// Every plan over the grid: one leg or both, every set of equipment, every minute the method allows, each muscle
    /// favoured, with and without tired hands, in each position the four layers allow.
    /// </summary>
    internal static IEnumerable<(string Name, Plan Plan)> Grid()
    {
        var protocol = Plans.Protocol;
        var equipment = protocol.Preparation.Equipment.Select(e => e.Id).ToList();
        var (min, max) = PlanRequest.MinutesAllowed(protocol);
        Leg[][] legs = [[Leg.Left], [Leg.Right], [Leg.Left, Leg.Right]];
        foreach (var leg in legs)
        {
            for (var set = 1; set < 1 << equipment.Count; set++)
            {
                var chosen = equipment.Where((_, i) => (set & (1 << i)) != 0).ToArray();
                for (var minutes = min; minutes <= max; minutes++)
                {
                    foreach (var emphasis in new[] { Emphasis.Gastrocnemius, Emphasis.Soleus })
                    {
                        foreach (var tired in new[] { false, true })
                        {
                            foreach (var position in PlanRequest.Positions(protocol))
                            {
                                var request = new PlanRequest(leg, chosen, minutes, emphasis, [], position.Id, tired);
                                var result = Planner.Plan(protocol, Plans.Cleared(), request);
                                Assert.True(result.IsPlanned, result.Refusal?.Message);
                                yield return ($"{string.Join('+', leg)} {string.Join('+', chosen)} {minutes} min {emphasis} tired={tired} {position.Id}", result.Plan);
                            }
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Timeline_EveryPlanOfTheGrid_EverySpokenCueEndsBeforeTheNextCueThatWouldCutIt()
    {
        var plans = 0;
        var broken = new List<string>();
        foreach (var (name, plan) in Grid())
        {
            plans++;
            broken.AddRange(Breaks(TimelineBuilder.Build(Plans.Protocol, plan)).Select(b => $"{name}: {b}"));
        }

        var byKind = broken.GroupBy(b => b.Split(' ').First(w => w is "cut" or "late" or "lost")).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{plans} plans, {broken.Count} breaks of the speech budget ({string.Join(", ", byKind)})");
        Assert.True(broken.Count == 0, $"{broken.Count} breaks of the speech budget over {plans} plans, the first:\n{string.Join('\n', broken.Take(12))}");
    }

    [Fact]
    public void Breaks_LineStillBeingSaid_CutLateOrLostAsTheNextLinesVoiceDecides()
    {
        // Ten words take 4 s at 150 words a minute.
        const string ten = "one two three four five six seven eight nine ten";
        Cue At(double at, CueVoice voice, string text = ten) => new(at, CueKind.Move, text) { Voice = voice };
        Timeline Of(params Cue[] cues) => new([], cues);

        Assert.Empty(Breaks(Of(At(0, CueVoice.Interrupt), At(4, CueVoice.IfIdle), At(8, CueVoice.Queue))));
        Assert.Equal(["cut at 0 s by the line at 3 s"], Breaks(Of(At(0, CueVoice.Queue), At(3, CueVoice.Interrupt))).Select(Short));
        Assert.Equal(["late at 3 s"], Breaks(Of(At(0, CueVoice.Interrupt), At(3, CueVoice.Queue))).Select(Short));
        Assert.Equal(["lost at 3 s"], Breaks(Of(At(0, CueVoice.Interrupt), At(3, CueVoice.IfIdle))).Select(Short));

        // Cues at one instant are one line, said in the strongest voice among them.
        Assert.Equal(["cut at 0 s by the line at 7 s"], Breaks(Of(At(0, CueVoice.Interrupt), At(0, CueVoice.IfIdle), At(7, CueVoice.IfIdle), At(7, CueVoice.Interrupt))).Select(Short));

        // A line that waited keeps the voice busy from the end of what it waited for; an interrupt cuts only what is unsaid.
        Assert.Equal(["late at 3 s", "lost at 7.5 s"], Breaks(Of(At(0, CueVoice.Interrupt), At(3, CueVoice.Queue), At(7.5, CueVoice.IfIdle))).Select(Short));
        Assert.Equal(["late at 3 s", "cut at 3 s by the line at 6 s"], Breaks(Of(At(0, CueVoice.Interrupt), At(3, CueVoice.Queue), At(6, CueVoice.Interrupt))).Select(Short));
    }

    [Fact]
    public void Timeline_EveryPlanOfTheGrid_WhatIsShownAtOnceDuringAStepIsAtMostTwelveWords()
    {
        var longest = (Words: 0, Text: "", Plan: "");
        var (over, single, briefing) = (0, 0, 0);
        foreach (var (name, plan) in Grid())
        {
            var timeline = TimelineBuilder.Build(Plans.Protocol, plan);
            foreach (var line in timeline.Cues.Where(c => c.AtSeconds >= timeline.Segments[c.Segment].StartSeconds).GroupBy(c => c.AtSeconds))
            {
                var text = string.Join(' ', line.Select(c => c.Text));
                var words = Words(text);
                over += words > ShortCueWords ? 1 : 0;
                longest = words > longest.Words ? (words, text, name) : longest;
                single = Math.Max(single, line.Max(c => Words(c.Text)));
            }

            briefing = Math.Max(briefing, timeline.Cues.Where(c => c.Kind == CueKind.Briefing).Select(c => Words(c.Text)).DefaultIfEmpty().Max());
        }

        output.WriteLine($"longest shown during a step: {longest.Words} words ({longest.Plan}): {longest.Text}; {over} lines over {ShortCueWords} words; longest cue {single} words; longest briefing {briefing} words");
        Assert.True(longest.Words <= ShortCueWords, $"{over} lines over {ShortCueWords} words; the longest, {longest.Words} words, in {longest.Plan}: {longest.Text}");
    }

    /// <summary>How the budget breaks on a timeline, in order, each as "cut|late|lost at …: the line's words".</summary>
    internal static List<string> Breaks(Timeline timeline)
    {
        var broken = new List<string>();
        var busyUntil = double.NegativeInfinity;
        var saying = new List<(double At, double End, string Text)>();
        foreach (var line in timeline.Cues.GroupBy(c => c.AtSeconds).Select(g => g.ToList()))
        {
            var at = line[0].AtSeconds;
            var voice = line.Select(c => c.Voice).Min();
            var text = string.Join(' ', line.Select(c => c.Text));
            var seconds = Words(text) * 60.0 / WordsPerMinute;
            if (at >= busyUntil - 1e-9)
            {
                (busyUntil, saying) = (at + seconds, [(at, at + seconds, text)]);
                continue;
            }

            switch (voice)
            {
                case CueVoice.Interrupt:
                    broken.AddRange(saying.Where(s => s.End > at + 1e-9).Select(s => $"cut at {s.At:0.###} s by the line at {at:0.###} s: {s.Text}"));
                    (busyUntil, saying) = (at + seconds, [(at, at + seconds, text)]);
                    break;
                case CueVoice.Queue:
                    broken.Add($"late at {at:0.###} s, said {busyUntil - at:0.###} s after its time, after \"{saying[^1].Text}\": {text}");
                    busyUntil += seconds;
                    saying.Add((at, busyUntil, text));
                    break;
                default:
                    broken.Add($"lost at {at:0.###} s, said over by \"{saying[^1].Text}\" ({saying[^1].At:0.###}–{busyUntil:0.###} s): {text}");
                    break;
            }
        }

        return broken;
    }

    /// <summary>Spoken words: runs of letters or digits (a number is one word, "don't" one).</summary>
    internal static int Words(string text) => Regex.Count(text, @"[\p{L}\p{N}]+(?:['’][\p{L}]+)?");

    private static string Short(string line) => line[..line.IndexOfAny([':', ','])];
}
