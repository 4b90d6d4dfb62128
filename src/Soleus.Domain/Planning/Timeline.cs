using System.Text.Json.Serialization;

namespace Soleus.Domain.Planning;

/// <summary>A plan expanded into timed cues: plain data that a browser, a terminal or a test can play.</summary>
public sealed record Timeline(IReadOnlyList<Segment> Segments, Cue Finish)
{
    public double TotalSeconds => Finish.AtSeconds;

    /// <summary>Every cue in the order it is to be raised.</summary>
    [JsonIgnore]
    public IReadOnlyList<Cue> Cues { get; } = [.. Segments.SelectMany(s => s.Cues), Finish];
}
