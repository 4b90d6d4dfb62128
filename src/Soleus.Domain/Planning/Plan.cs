using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// What a session should do: the steps for each leg in order, every duration inside the protocol's range.
/// <see cref="Notes"/> says what was adapted (a step left out for lack of time, a leg left out by the screening).
/// </summary>
public sealed record Plan(
    string ProtocolId,
    string ProtocolVersion,
    IReadOnlyList<Leg> Legs,
    Emphasis Emphasis,
    string Position,
    IReadOnlyList<PlannedStep> Steps,
    IReadOnlyList<string> Notes)
{
    public int MassageSeconds => Steps.Sum(s => s.Seconds);

    public int SecondsPerCalf => Legs.Count == 0 ? 0 : MassageSeconds / Legs.Count;
}
