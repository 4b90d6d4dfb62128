using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// The plan builder's choices as sent, by wire names: the API's JSON and the plan page's form both arrive in this
/// shape. <see cref="Read"/> turns them into a <see cref="PlanRequest"/> or reports every problem by field, with the
/// words both doors show. A minutes figure that was not a whole number arrives as null.
/// </summary>
public sealed record PlanChoices(
    IReadOnlyList<string?> Legs,
    IReadOnlyList<string> Equipment,
    int? MinutesPerCalf,
    string? Emphasis,
    IReadOnlyList<string> Activities,
    string? Position,
    bool HandsTired)
{
    public Checked<PlanRequest> Read(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var problems = new List<FieldProblem>();
        var legs = Protocols.Legs.Read("legs", Legs, problems);
        if (MinutesPerCalf is null)
        {
            problems.Add(new("minutesPerCalf", PlanRequest.MinutesRule(protocol)));
        }

        var emphasis = WireNames.Parse<Emphasis>(Emphasis);
        if (emphasis is null)
        {
            problems.Add(new("emphasis", "Choose the muscle to favour: gastrocnemius, soleus, or auto when you are not sure."));
        }

        // Fields that did not parse stand in with a valid value, so each field is reported once.
        var request = new PlanRequest(legs.Count > 0 ? legs : [Leg.Left], Equipment, MinutesPerCalf ?? PlanRequest.MinutesAllowed(protocol).Min, emphasis ?? Planning.Emphasis.Gastrocnemius, Activities, Position ?? "", HandsTired);
        problems.AddRange(request.Problems(protocol));
        return Checked.From(problems, () => request with { Emphasis = emphasis!.Value });
    }
}
