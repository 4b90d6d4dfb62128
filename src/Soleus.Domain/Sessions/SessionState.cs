namespace Soleus.Domain.Sessions;

public enum SessionState
{
    NotStarted,
    Running,
    Paused,
    Stopped,
    Completed,
}
