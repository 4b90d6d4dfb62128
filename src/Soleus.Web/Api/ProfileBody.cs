using System.Text.Json;

namespace Soleus.Web.Api;

/// <summary>PUT /api/profile: every health-profile question answered "yes", "no" or "not-sure".</summary>
public sealed record ProfileBody(Dictionary<string, JsonElement> Answers);
