namespace Soleus.Domain.Sessions;

/// <summary>Thrown for every command the session's current state does not allow, always the same way.</summary>
public sealed class InvalidSessionTransitionException(SessionState state, SessionCommand command)
    : InvalidOperationException($"A session that is {state} cannot {command}.")
{
    public SessionState State { get; } = state;

    public SessionCommand Command { get; } = command;
}
