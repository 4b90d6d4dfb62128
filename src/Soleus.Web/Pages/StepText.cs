using Soleus.Domain.Protocols;

namespace Soleus.Web.Pages;

/// <summary>
/// What the player shows for a step while it runs: the protocol's words, what to keep off (as labels), the
/// step's safety notes, rendered, shown for the whole step, and the tool and stroke the calf drawing shows.
/// </summary>
public sealed record StepText(
    string Name,
    string Purpose,
    IReadOnlyList<string> Instructions,
    string Feel,
    string CommonMistake,
    IReadOnlyList<string> Avoid,
    IReadOnlyList<string> SafetyNotes,
    string Tool,
    StrokeKind Stroke);
