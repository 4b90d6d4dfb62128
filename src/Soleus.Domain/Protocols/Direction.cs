namespace Soleus.Domain.Protocols;

public enum Direction
{
    /// <summary>Upward, toward the heart: the only direction Soleus teaches for a travelling stroke.</summary>
    AnkleToKnee,
    KneeToAnkle,

    /// <summary>The stroke does not travel (a squeeze, a press, a hold).</summary>
    None,
}
