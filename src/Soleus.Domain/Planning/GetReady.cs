using System.Globalization;
using System.Text.RegularExpressions;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// The pause before each step, and what the voice says in it: on the second calf that it is time to switch legs,
/// then the step's name, leg and length, its briefing from the protocol, and for a step that travels up the calf
/// that it goes upward only. The pause lasts as long as saying that takes at <see cref="WordsPerMinute"/>, plus
/// <see cref="SettleSeconds"/> to settle the hands, in whole seconds. A step that opens a calf always allows for the
/// switch, so that both calves take the same time.
/// </summary>
public static partial class GetReady
{
    /// <summary>The pace the voice is budgeted at: a steady, unhurried speaking rate.</summary>
    public const int WordsPerMinute = 150;

    /// <summary>The moment after the briefing to put the hands in place before the step begins.</summary>
    public const double SettleSeconds = 2;

    /// <summary>How many seconds the pause before <paramref name="step"/> lasts; <paramref name="opensCalf"/> for the first step of a calf.</summary>
    public static int Seconds(ProtocolStep step, bool opensCalf)
    {
        ArgumentNullException.ThrowIfNull(step);

        // The leg and the step's length are one word each, whichever they are.
        var said = Cues(step, Leg.Right, 60, opensCalf).Sum(c => Words(c.Text));
        return (int)Math.Ceiling((said * 60.0 / WordsPerMinute) + SettleSeconds);
    }

    /// <summary>What is said as the pause begins, at offset 0: the switch (when <paramref name="switching"/>), the step, its briefing and the upward rule.</summary>
    public static IEnumerable<Cue> Cues(ProtocolStep step, Leg leg, int seconds, bool switching)
    {
        ArgumentNullException.ThrowIfNull(step);
        var legName = leg == Leg.Left ? "left" : "right";
        if (switching)
        {
            yield return new(0, CueKind.SwitchLeg, $"Switch to the {legName} leg.");
        }

        yield return new(0, CueKind.GetReady, $"Get ready: {step.Name}, {legName} leg, {seconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        yield return new(0, CueKind.Briefing, step.Briefing);
        if (step.Direction == Direction.AnkleToKnee)
        {
            yield return new(0, CueKind.Direction, "Upward only, ankle to knee.");
        }
    }

    /// <summary>The words a voice says in <paramref name="text"/>: runs of letters or digits ("20" is one word, "don't" one).</summary>
    public static int Words(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’]\p{L}+)?")]
    private static partial Regex WordPattern();
}
