using System.Text.Json;

namespace Soleus.Web.Api;

/// <summary>POST /api/plans: the screening answers and what the person asks for, by wire names.</summary>
public sealed record PlanBody(
    Dictionary<string, JsonElement> Answers,
    IReadOnlyList<string?> Legs,
    IReadOnlyList<string> Equipment,
    int MinutesPerCalf,
    string Emphasis,
    IReadOnlyList<string>? Activities = null,
    string Position = "chair",
    bool HandsTired = false,
    JsonElement? History = null);
