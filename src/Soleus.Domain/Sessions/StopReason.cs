namespace Soleus.Domain.Sessions;

/// <summary>Why a session ended before its last cue. All but <see cref="StoppedForNow"/> are safety stops.</summary>
public enum StopReason
{
    SharpPain,
    Numbness,
    PainWorsening,
    SwellingOrRedness,
    StoppedForNow,
}
