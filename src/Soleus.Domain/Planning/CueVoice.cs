namespace Soleus.Domain.Planning;

/// <summary>How a player's voice treats a cue.</summary>
public enum CueVoice
{
    /// <summary>Cuts off whatever is being said: the cue changes what the hands do.</summary>
    Interrupt,

    /// <summary>Waits until what is being said has been said.</summary>
    Queue,

    /// <summary>Said only when nothing else is being said; its tone and text still come.</summary>
    IfIdle,
}
