using System.Globalization;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Planning;

/// <summary>
/// The limits a clinician's clearance sets on the plan made after it lifted a reason: tools it does not allow are left
/// out (hands alone are always allowed) and the minutes per calf are brought down to the lowest cap, each change with a
/// note saying who set the limit and until when. Only the clearances that lifted a reason in this screening count.
/// </summary>
internal static class ClearanceLimits
{
    /// <summary>What is left to hand when a clearance allows none of the tools asked for.</summary>
    public const string Hands = "hands";

    /// <summary>The request within the limits, and a note for each thing it changed.</summary>
    public static PlanRequest Apply(Protocol protocol, ScreeningResult screening, PlanRequest request, List<string> notes)
    {
        var lifting = screening.Lifted.Select(l => l.By).Distinct().ToList();
        var equipment = new List<string>();
        foreach (var tool in request.Equipment)
        {
            if (tool != Hands && lifting.FirstOrDefault(c => c.Tools is { } allowed && !allowed.Contains(tool)) is { } by)
            {
                notes.Add($"Your {Name(protocol, tool)} is left out: {Source(by)} allows only {Names.And(by.Tools!.Where(t => t != Hands).Select(t => Name(protocol, t)).Prepend("your hands"))}.");
            }
            else
            {
                equipment.Add(tool);
            }
        }

        var capped = request with { Equipment = equipment.Count > 0 ? equipment : [Hands] };
        if (lifting.Where(c => c.MinutesCap is not null).MinBy(c => c.MinutesCap) is { MinutesCap: { } cap } lowest && cap < request.MinutesPerCalf)
        {
            notes.Add($"Each calf gets {cap} minutes, not the {request.MinutesPerCalf} asked: {Source(lowest)} sets that limit.");
            capped = capped with { MinutesPerCalf = cap };
        }

        return capped;
    }

    private static string Source(Clearance by) => by.LastDay is { } last
        ? $"the clearance from {by.Who}, which holds until {last.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)},"
        : $"the clearance from {by.Who}";

    private static string Name(Protocol protocol, string tool) =>
        protocol.Preparation.Equipment.FirstOrDefault(e => e.Id == tool) is { } known ? Names.InSentence(known.Name) : tool;
}
