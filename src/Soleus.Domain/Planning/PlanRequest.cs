using Soleus.Domain.Protocols;

namespace Soleus.Domain.Planning;

/// <summary>
/// What the person asks for. Equipment, activities and position use the protocol's ids
/// (e.g. "foam-roller", "cycling", "chair").
/// </summary>
public sealed record PlanRequest(
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<string> Equipment,
    int MinutesPerCalf,
    Emphasis Emphasis,
    IReadOnlyList<string> Activities,
    string Position = "chair",
    bool HandsTired = false);
