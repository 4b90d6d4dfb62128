namespace Soleus.Web.Api;

/// <summary>PUT /api/practice/patients/{id}/plan: the plan's choices by the plan builder's wire names, and sessions a week.</summary>
public sealed record AssignedPlanBody(
    IReadOnlyList<string?> Legs,
    IReadOnlyList<string> Equipment,
    int MinutesPerCalf,
    string Emphasis,
    int SessionsAWeek,
    IReadOnlyList<string>? Activities = null,
    string Position = "chair",
    bool HandsTired = false);
