using System.Text.Json;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Api;

/// <summary>POST /api/plans: the screening answers and what the person asks for.</summary>
public sealed record PlanBody(
    Dictionary<string, JsonElement> Answers,
    IReadOnlyList<Leg> Legs,
    IReadOnlyList<string> Equipment,
    int MinutesPerCalf,
    Emphasis Emphasis,
    IReadOnlyList<string>? Activities = null,
    string Position = "chair",
    bool HandsTired = false)
{
    public const int MaxMinutesPerCalf = 60;
}
