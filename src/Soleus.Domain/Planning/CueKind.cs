namespace Soleus.Domain.Planning;

public enum CueKind
{
    GetReady,
    SwitchLeg,
    StepStart,
    Direction,
    Stroke,
    Zone,
    Lane,
    Pass,
    Circles,
    HoldStart,
    HoldEnd,
    Move,
    Halfway,
    Countdown,
    End,
}
