namespace Soleus.Domain.Protocols;

/// <summary>The method as versioned data: checklist, muscles, steps, and the words shown before a first session.</summary>
public sealed record Protocol(
    string Id,
    string Version,
    string Title,
    string Disclaimer,
    string DvtWarning,
    FigureRange MinutesPerCalf,
    FigureRange GetReadySeconds,
    Preparation Preparation,
    IReadOnlyList<Muscle> Muscles,
    IReadOnlyList<ProtocolStep> Steps)
{
    public ProtocolStep Step(string id) =>
        Steps.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"The protocol has no step '{id}'.");
}
