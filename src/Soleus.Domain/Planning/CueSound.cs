namespace Soleus.Domain.Planning;

/// <summary>The tones a player plays with cues.</summary>
public enum CueSound
{
    /// <summary>A short high pip: a countdown number.</summary>
    Pip,

    /// <summary>Two rising notes: the step begins.</summary>
    Go,

    /// <summary>A click: one stroke or pass of the cadence.</summary>
    Tick,

    /// <summary>A low tone: a hold begins or ends.</summary>
    Hold,

    /// <summary>Three rising notes: the session is over.</summary>
    End,
}
