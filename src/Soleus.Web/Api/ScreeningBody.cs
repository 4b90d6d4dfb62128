using System.Text.Json;

namespace Soleus.Web.Api;

/// <summary>
/// POST /api/screening: the answers by question id (per leg where asked per leg), the legs to massage, and the
/// safety history a client keeps without an account (stops and the person's own clearances, <see cref="Domain.Screening.KeptHistory"/>).
/// </summary>
public sealed record ScreeningBody(Dictionary<string, JsonElement> Answers, IReadOnlyList<string?> Legs, JsonElement? History = null);
