using Soleus.Domain.Planning;

namespace Soleus.Domain.Progress;

/// <summary>
/// Information shown after a session when the person answers yes (or "not sure") to <see cref="Question"/>: never a
/// diagnosis. <see cref="SuggestedEmphasis"/> and <see cref="SuggestedEquipment"/> (a protocol equipment id) are what
/// the next plan could favour, if the person wants.
/// </summary>
public sealed record RootCauseGuidance(
    string Id,
    string Question,
    string Title,
    string Text,
    IReadOnlyList<string> Sources,
    Emphasis? SuggestedEmphasis = null,
    string? SuggestedEquipment = null);
