namespace Soleus.Domain.Protocols;

/// <summary>What the hands or the tool do; glides, strips and rolls travel and so have a direction.</summary>
public enum StrokeKind
{
    Glide,
    Squeeze,
    Press,
    Strip,
    Roll,
    Vibrate,
}
