using System.Text.Json;
using Soleus.Domain.Planning;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Features.Accounts;

/// <summary>Everything Soleus holds about a person, to take away.</summary>
public sealed record Everything(
    DateTimeOffset ExportedAt,
    AccountFacts Account,
    HealthProfile? Profile,
    IReadOnlyList<SessionReport> Sessions,
    IReadOnlyList<Everything.Screening> Screenings,
    PlanChoices? LastPlan)
{
    /// <summary>A kept screening as stored: its verdict and its reasons, as the JSON they were kept in.</summary>
    public sealed record Screening(DateTimeOffset At, string Verdict, JsonElement Reasons);
}
