namespace Soleus.Domain.Planning;

/// <summary>
/// A plan expanded into timed cues: plain data that a browser, a terminal or a test can play by looking things up.
/// <see cref="Cues"/> holds every cue in the order it is raised, the finish last.
/// </summary>
public sealed record Timeline(IReadOnlyList<Segment> Segments, IReadOnlyList<Cue> Cues)
{
    public double TotalSeconds => Cues[^1].AtSeconds;

    /// <summary>The cues of one segment, in order.</summary>
    public IEnumerable<Cue> CuesOf(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Cues.Where(c => c.Segment == segment.Index);
    }
}
