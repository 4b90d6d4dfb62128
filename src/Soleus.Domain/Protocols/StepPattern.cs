namespace Soleus.Domain.Protocols;

/// <summary>How a step's time is structured, which decides its feasible durations and its cues.</summary>
public enum StepPattern
{
    /// <summary>Repeated strokes at a cadence (warm-up glides).</summary>
    Strokes,

    /// <summary>Zone visits lower → mid → upper, repeated (kneading, massage gun).</summary>
    Zones,

    /// <summary>Sustained holds with a move between them (trigger points).</summary>
    Holds,

    /// <summary>Passes along lanes, lane by lane (stripping).</summary>
    Lanes,

    /// <summary>Rolling passes ankle → below the knee with one hold on a tender spot (foam roller).</summary>
    Roll,

    /// <summary>Per zone a lead-in (search circles or ankle circles) then a hold (massage ball, opposite knee).</summary>
    ZoneHolds,
}
