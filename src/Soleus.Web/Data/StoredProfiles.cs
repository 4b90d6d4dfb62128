using System.Text.Json;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Data;

/// <summary>Converts between a stored health profile (its answers as JSON, by question id) and the domain's.</summary>
public static class StoredProfiles
{
    public static HealthProfile ToProfile(this StoredProfile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(JsonSerializer.Deserialize<Dictionary<string, Answer>>(stored.Answers, ProtocolJson.Options)!, stored.AnsweredAt);
    }

    /// <summary>Writes the profile onto the stored row (a new profile replaces the old one).</summary>
    public static void Store(this StoredProfile stored, HealthProfile profile)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(profile);
        stored.Answers = JsonSerializer.Serialize(profile.Answers, ProtocolJson.Options);
        stored.AnsweredAt = profile.AnsweredAt;
    }
}
