namespace Soleus.Domain.Planning;

/// <summary>
/// Something to say or show at an exact offset from the session start (paused time excluded), with everything a
/// player needs to play it without working anything out: its place in the timeline (<see cref="Index"/>, the
/// <see cref="Segment"/> it belongs to), when what it begins is over (<see cref="EndsAtSeconds"/>), the hold it
/// starts (<see cref="HoldSeconds"/>), how the voice treats it (<see cref="Voice"/>) and the tone it plays
/// (<see cref="Sound"/>). <see cref="Zone"/> and <see cref="Lane"/> name the area of the calf in hand from this cue
/// on (during a get-ready pause, the area the step begins with); <see cref="Count"/> is a stroke or countdown number.
/// </summary>
public sealed record Cue(double AtSeconds, CueKind Kind, string Text, string? Zone = null, string? Lane = null, int? Count = null)
{
    /// <summary>The cue's place in <see cref="Timeline.Cues"/>: cues are raised in this order, each once.</summary>
    public int Index { get; init; }

    /// <summary>The index of the segment the cue belongs to (the finish belongs to the last).</summary>
    public int Segment { get; init; }

    /// <summary>
    /// When what the cue begins is over: the step's start for a get-ready, briefing or leg switch, the hold's end for a
    /// hold, the next stroke, pass, zone, lane, circles, move or hold of the step (or the step's end) for one of those,
    /// a second on for a countdown number, and the step's end for the others.
    /// </summary>
    public double EndsAtSeconds { get; init; }

    /// <summary>For a <see cref="CueKind.HoldStart"/>, how many seconds the hold lasts.</summary>
    public double? HoldSeconds { get; init; }

    public CueVoice Voice { get; init; }

    /// <summary>The tone played at the cue whether or not it is spoken; null when the cue has none of its own.</summary>
    public CueSound? Sound { get; init; }
}
