namespace Soleus.Domain.Screening;

/// <summary>What a pain rating given during a session calls for (<see cref="SessionCheckIn.Check"/>).</summary>
public enum PainCheck
{
    /// <summary>The pain is no higher than before and below <see cref="SessionCheckIn.PainThatAsks"/>.</summary>
    GoOn,

    /// <summary>The pain has risen, or is high: the player asks whether to stop, and stopping is the first choice.</summary>
    AskToStop,

    /// <summary>The pain has risen by <see cref="SessionCheckIn.PainRiseThatStops"/> or more: the session stops.</summary>
    Stop,
}
