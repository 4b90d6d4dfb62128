namespace Soleus.Domain.Planning;

/// <summary>
/// What a cue is. <see cref="Briefing"/> is the one long text: the step explained while the person gets ready for it;
/// every cue from the step's start on is short enough to read at a glance.
/// </summary>
public enum CueKind
{
    GetReady,
    Briefing,
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
