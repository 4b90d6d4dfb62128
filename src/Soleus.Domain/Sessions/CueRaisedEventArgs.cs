using Soleus.Domain.Planning;

namespace Soleus.Domain.Sessions;

/// <summary>A cue the engine raised, and how late it was against its scheduled offset.</summary>
public sealed class CueRaisedEventArgs(Cue cue, TimeSpan lateness) : EventArgs
{
    public Cue Cue { get; } = cue;

    public TimeSpan Lateness { get; } = lateness;
}
