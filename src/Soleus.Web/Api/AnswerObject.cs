using System.Text.Json;

namespace Soleus.Web.Api;

/// <summary>
/// The API's answer object in the shape the domain's answer sheet reads: <c>"pregnant": "no"</c> stays
/// "pregnant" → "no", and a question answered per leg, <c>"sharp-pain": {"left": "no"}</c>, becomes
/// "sharp-pain.left" → "no". A value of any other kind, or text that is not valid UTF-8, is passed on as no answer
/// at all, for the sheet to refuse by name.
/// </summary>
public static class AnswerObject
{
    public static Dictionary<string, string?> Flatten(IReadOnlyDictionary<string, JsonElement>? answers)
    {
        var flat = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, value) in answers ?? new Dictionary<string, JsonElement>())
        {
            try
            {
                if (value.ValueKind != JsonValueKind.Object)
                {
                    flat[id] = Text(value);
                    continue;
                }

                foreach (var leg in value.EnumerateObject())
                {
                    flat[$"{id}.{leg.Name}"] = Text(leg.Value);
                }
            }
            catch (InvalidOperationException)
            {
                // JSON text holding bytes that are not UTF-8 (found only when read): the answer is not one of the three.
                flat[id] = null;
            }
        }

        return flat;
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
