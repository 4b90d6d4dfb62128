using System.Text.Json.Nodes;

namespace Soleus.Domain.Tests.Words;

/// <summary>
/// Every string a person may read in a protocol document, found by walking the JSON: each string value except those
/// of the fields that hold ids, versions or sources (and the values of arrays held by those fields).
/// </summary>
internal static class UserFacingText
{
    public static readonly string[] NotText = ["id", "version", "source", "sources"];

    public static IReadOnlyList<(string Path, string Text)> In(string json)
    {
        var found = new List<(string, string)>();
        Walk(JsonNode.Parse(json), "$", null, found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, string? field, List<(string, string)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, $"{path}.{name}", name, found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", field, found);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && !NotText.Contains(field):
                found.Add((path, text));
                break;
            default:
                break;
        }
    }
}
