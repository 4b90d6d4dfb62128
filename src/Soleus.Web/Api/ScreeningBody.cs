using System.Text.Json;

namespace Soleus.Web.Api;

/// <summary>POST /api/screening: the answers by question id (per leg where asked per leg) and the legs to massage.</summary>
public sealed record ScreeningBody(Dictionary<string, JsonElement> Answers, IReadOnlyList<string?> Legs);
