using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Sessions;

/// <summary>
/// A finished or stopped session as the player reports it (POST /api/sessions) and as it is given back: the record
/// the rules read, plus the person's notes and the steps done. <see cref="ClientId"/> is made by the client once per
/// session, so a retried save never stores twice.
/// </summary>
public sealed record SessionReport(
    Guid ClientId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<LegRating> Ratings,
    IReadOnlyList<TenderSpot>? TenderSpots = null,
    StopReason? StopReason = null,
    string? Notes = null,
    IReadOnlyList<DoneStep>? Steps = null)
{
    public const int MaxNotes = 2000;

    /// <summary>The longest a session may run, start to end.</summary>
    public static TimeSpan MaxLength { get; } = TimeSpan.FromHours(3);

    public SessionRecord ToRecord() => new(ClientId, StartedAt, EndedAt, Legs, Ratings, TenderSpots ?? [], StopReason);

    /// <summary>Every problem with the session, by field; empty when it can be stored.</summary>
    public IReadOnlyList<FieldProblem> Problems(Protocol protocol, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var problems = new List<FieldProblem>();
        if (ClientId == Guid.Empty)
        {
            problems.Add(new("clientId", "A non-empty UUID made by the client for this session."));
        }

        if (RecordedTimes.Check("startedAt", StartedAt, now) is { } start)
        {
            problems.Add(start);
        }

        if (EndedAt < StartedAt || EndedAt - StartedAt > MaxLength)
        {
            problems.Add(new("endedAt", $"Must be from startedAt to {MaxLength.TotalHours} hours after it."));
        }
        else if (EndedAt > now + RecordedTimes.ClockSlack)
        {
            problems.Add(new("endedAt", "Must not be in the future."));
        }

        if (Protocols.Legs.Check("legs", Legs) is { } legs)
        {
            problems.Add(legs);
        }

        CheckRatings(problems);
        var spots = TenderSpots ?? [];
        if (spots.Any(s => !Legs.Contains(s.Leg)) || spots.Distinct().Count() != spots.Count)
        {
            problems.Add(new("tenderSpots", "Each spot once, on a leg of this session (leg × lower/mid/upper × inner/centre/outer)."));
        }

        if (Notes?.Length > MaxNotes)
        {
            problems.Add(new("notes", $"At most {MaxNotes} characters."));
        }

        foreach (var (step, i) in (Steps ?? []).Select((s, i) => (s, i)))
        {
            var known = protocol.Steps.FirstOrDefault(s => s.Id == step.StepId);
            if (known is null || !Legs.Contains(step.Leg) || step.Seconds < 0 || step.Seconds > known.DurationSeconds.Max)
            {
                problems.Add(new($"steps[{i}]", known is null
                    ? $"Unknown step '{step.StepId}'; expected one of {string.Join(", ", protocol.Steps.Select(s => s.Id))}."
                    : $"Seconds from 0 to {known.DurationSeconds.Max}, on a leg of this session."));
            }
        }

        return problems;
    }

    private void CheckRatings(List<FieldProblem> problems)
    {
        if (Ratings.Count != Legs.Count || Legs.Any(l => Ratings.Count(r => r.Leg == l) != 1))
        {
            problems.Add(new("ratings", "One rating per leg of the session."));
        }

        foreach (var (rating, i) in Ratings.Select((r, i) => (r, i)))
        {
            problems.AddRange(new[]
            {
                Rating.Check($"ratings[{i}].tightnessBefore", rating.TightnessBefore),
                Rating.Check($"ratings[{i}].painBefore", rating.PainBefore),
                Rating.Check($"ratings[{i}].tightnessAfter", rating.TightnessAfter),
                Rating.Check($"ratings[{i}].painAfter", rating.PainAfter),
            }.OfType<FieldProblem>());
        }
    }
}
