using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// A record that a professional has seen the person about some of the reasons a screening stopped them: who saw them
/// (<see cref="Who"/>, such as "GP" or "physiotherapist"), on which day, which reason ids it answers, for which legs
/// (empty: both), which tools it allows (null: any), until when it holds (null: until a new stop), and a note.
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
    string? Note = null)
{
    /// <summary>The longest a name of who saw the person may be.</summary>
    public const int MaxWhoLength = 80;

    /// <summary>The longest a note may be.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>True when the clearance was recorded by <paramref name="now"/> and has not expired.</summary>
    public bool HoldsAt(DateTimeOffset now) => RecordedAt <= now && (ValidUntil is not { } until || now < until);

    /// <summary>True when it covers the leg (a reason with no leg needs both legs covered).</summary>
    public bool Covers(Leg? leg) => Legs.Count == 0 || (leg is { } one ? Legs.Contains(one) : Legs.Distinct().Count() == Enum.GetValues<Leg>().Length);
}
