using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Api;

/// <summary>
/// A finished or stopped session as the player sends it (POST /api/sessions) and as the API returns it.
/// <see cref="ClientId"/> is made by the client once per session: a retried save with it never stores twice.
/// </summary>
public sealed record SessionBody(
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
    public const int MaxRating = 10;

    public static TimeSpan MaxLength { get; } = TimeSpan.FromHours(3);

    public SessionRecord ToRecord() => new(ClientId, StartedAt, EndedAt, Legs, Ratings, TenderSpots ?? [], StopReason);

    /// <summary>Every problem with the session, by field; empty when it can be stored.</summary>
    public Dictionary<string, string[]> Problems(Protocol protocol, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];

        if (ClientId == Guid.Empty)
        {
            Add("clientId", "A non-empty UUID made by the client for this session.");
        }

        if (EndedAt < StartedAt || EndedAt - StartedAt > MaxLength)
        {
            Add("endedAt", $"Must be from startedAt to {MaxLength.TotalHours} hours after it.");
        }

        if (EndedAt > now.AddMinutes(5))
        {
            Add("endedAt", "Must not be in the future.");
        }

        if (Legs.Count == 0 || Legs.Distinct().Count() != Legs.Count)
        {
            Add("legs", "One or both legs, each once: \"left\", \"right\".");
        }

        CheckRatings(Add);
        var spots = TenderSpots ?? [];
        if (spots.Any(s => !Legs.Contains(s.Leg)) || spots.Distinct().Count() != spots.Count)
        {
            Add("tenderSpots", "Each spot once, on a leg of this session (leg × lower/mid/upper × inner/centre/outer).");
        }

        if (Notes?.Length > MaxNotes)
        {
            Add("notes", $"At most {MaxNotes} characters.");
        }

        foreach (var (step, i) in (Steps ?? []).Select((s, i) => (s, i)))
        {
            var known = protocol.Steps.FirstOrDefault(s => s.Id == step.StepId);
            if (known is null || !Legs.Contains(step.Leg) || step.Seconds < 0 || step.Seconds > known.DurationSeconds.Max)
            {
                Add($"steps[{i}]", known is null
                    ? $"Unknown step '{step.StepId}'; expected one of {string.Join(", ", protocol.Steps.Select(s => s.Id))}."
                    : $"Seconds from 0 to {known.DurationSeconds.Max}, on a leg of this session.");
            }
        }

        return errors;
    }

    private void CheckRatings(Action<string, string> add)
    {
        if (Ratings.Count != Legs.Count || Legs.Any(l => Ratings.Count(r => r.Leg == l) != 1))
        {
            add("ratings", "One rating per leg of the session.");
        }

        foreach (var (rating, i) in Ratings.Select((r, i) => (r, i)))
        {
            foreach (var (name, value) in new[] { ("tightnessBefore", (int?)rating.TightnessBefore), ("painBefore", rating.PainBefore), ("tightnessAfter", rating.TightnessAfter), ("painAfter", rating.PainAfter) })
            {
                if (value is < 0 or > MaxRating)
                {
                    add($"ratings[{i}].{name}", $"A whole number from 0 to {MaxRating}.");
                }
            }
        }
    }
}
