using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// A record that a professional has seen the person about some of the reasons a screening stopped them: who saw them
/// (<see cref="Who"/>, such as "GP" or "physiotherapist"), on which day, which reason ids it answers, for which legs
/// (empty: both), which tools it allows (null: any; hands alone are always allowed), until when it holds (null: until a
/// new stop), a note, and the most minutes per calf a session may take (null: no cap). The planner keeps to the tools
/// and the cap of every clearance that lifted a reason in the screening it plans from.
/// <see cref="CarriedStops"/> decides what it may lift: a clearance the person records lifts only safety stops made
/// before the day they were seen; a clinician's may also lift professional-first reasons it names. No clearance
/// ever lifts an emergency or clot-sign answer given in the current screening.
/// </summary>
public sealed record Clearance(
    ClearedBy By,
    string Who,
    DateOnly SeenOn,
    DateTimeOffset RecordedAt,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<string>? Tools = null,
    DateTimeOffset? ValidUntil = null,
    string? Note = null,
    int? MinutesCap = null)
{
    /// <summary>The longest a name of who saw the person may be.</summary>
    public const int MaxWhoLength = 80;

    /// <summary>The longest a note may be.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The last day it holds, as a UTC date (a clinician's clearance ends at midnight UTC after the day they chose); null when it has no end.</summary>
    public DateOnly? LastDay => ValidUntil is { } until ? DateOnly.FromDateTime(until.UtcDateTime.AddTicks(-1)) : null;

    /// <summary>True when the clearance was recorded by <paramref name="now"/> and has not expired.</summary>
    public bool HoldsAt(DateTimeOffset now) => RecordedAt <= now && (ValidUntil is not { } until || now < until);

    /// <summary>True when it covers the leg (a reason with no leg needs both legs covered).</summary>
    public bool Covers(Leg? leg) => Legs.Count == 0 || (leg is { } one ? Legs.Contains(one) : Legs.Distinct().Count() == Enum.GetValues<Leg>().Length);
}
