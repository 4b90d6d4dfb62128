using System.Text.Json;
using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Api;

/// <summary>A passkey ceremony's options for navigator.credentials, and the id to send back with the browser's answer.</summary>
public sealed record PasskeyOptionsAnswer(Guid ChallengeId, JsonElement Options)
{
    public static PasskeyOptionsAnswer From(PasskeyCeremony ceremony)
    {
        ArgumentNullException.ThrowIfNull(ceremony);
        return new(ceremony.ChallengeId, JsonElement.Parse(ceremony.Options));
    }
}
