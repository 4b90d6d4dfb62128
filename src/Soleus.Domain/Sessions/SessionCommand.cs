namespace Soleus.Domain.Sessions;

/// <summary>What can happen to a session; the engine's one transition function decides what each does.</summary>
public enum SessionCommand
{
    Start,
    Pause,
    Resume,
    Stop,
    Complete,
}
