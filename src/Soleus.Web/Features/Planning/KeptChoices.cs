using System.Text.Json;
using Soleus.Domain.Planning;

namespace Soleus.Web.Features.Planning;

/// <summary>A plan's choices as they are kept in the database (a person's last plan, a clinician's assigned plan): JSON by wire names.</summary>
public static class KeptChoices
{
    public static string Write(PlanChoices choices) => JsonSerializer.Serialize(choices, JsonSerializerOptions.Web);

    /// <summary>The choices kept, or null when none were (or they can no longer be read).</summary>
    public static PlanChoices? Read(string? kept)
    {
        try
        {
            return kept is null ? null : JsonSerializer.Deserialize<PlanChoices>(kept, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
