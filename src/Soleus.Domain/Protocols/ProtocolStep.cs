namespace Soleus.Domain.Protocols;

/// <summary>
/// One step of the method. Figures that only some patterns use are null elsewhere; the linter checks that each
/// pattern has the figures it needs. <see cref="Briefing"/> is what the voice says about the step while the person
/// gets ready for it: a sentence or two, short enough to say inside the protocol's get-ready pause.
/// </summary>
public sealed record ProtocolStep(
    string Id,
    string Name,
    int? Layer,
    StepRole Role,
    StepPattern Pattern,
    string Purpose,
    string Briefing,
    string TargetMuscle,
    IReadOnlyList<string> Positions,
    string Tool,
    StrokeKind Stroke,
    Direction Direction,
    FigureRange DurationSeconds,
    IReadOnlyList<string> Instructions,
    string Feel,
    string CommonMistake,
    IReadOnlyList<string> SafetyNotes,
    IReadOnlyList<string> Avoid,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string>? Zones = null,
    IReadOnlyList<string>? Lanes = null,
    FigureRange? CadencePerMinute = null,
    FigureRange? SecondsPerZone = null,
    FigureRange? SqueezeSeconds = null,
    FigureRange? HoldSeconds = null,
    FigureRange? HoldCount = null,
    FigureRange? MoveSeconds = null,
    FigureRange? PassesPerLane = null,
    FigureRange? PassSeconds = null,
    FigureRange? PauseSeconds = null,
    FigureRange? StartPressurePercent = null,
    FigureRange? AnkleCirclesEachWay = null,
    FigureRange? LeadInSeconds = null,
    FigureRange? RollInchesPerSecond = null,
    FigureRange? MoveInches = null,
    Speed? MaxSpeed = null);
