namespace Soleus.Domain.Protocols;

/// <summary>
/// A figure of the method as an inclusive range (a single figure has Min == Max), with where it comes from:
/// "seed: …" for the source article, "soleus: …" for a choice Soleus made where the article gives no figure.
/// </summary>
public sealed record FigureRange(double Min, double Max, string Source)
{
    public bool Contains(double value) => value >= Min && value <= Max;

    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}
