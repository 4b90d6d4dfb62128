using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// What a session should do: the steps for each leg in order, every duration inside the protocol's range.
/// <see cref="Equipment"/> is what it uses of what the person has to hand; <see cref="Notes"/> says what was adapted,
/// one sentence each (a step left out for lack of time, a tool to hand left out and why, a leg left out by the screening).
/// </summary>
public sealed record Plan(
    string ProtocolId,
    string ProtocolVersion,
    IReadOnlyList<Leg> Legs,
    Emphasis Emphasis,
    string Position,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<PlannedStep> Steps,
    IReadOnlyList<string> Notes)
{
    public int MassageSeconds => Steps.Sum(s => s.Seconds);

    public int SecondsPerCalf => Legs.Count == 0 ? 0 : MassageSeconds / Legs.Count;
}
