using System.Collections.Frozen;
using System.Text.Json;

namespace Soleus.Domain.Protocols;

/// <summary>
/// The one vocabulary of wire names: how every enum value of the method is spelled in the JSON documents, the API,
/// the pages' form fields, the timeline the player reads and the database ("left", "professional-first",
/// "sharp-pain", "hold-start"). <see cref="ProtocolJson"/> serialises enums with the same policy.
/// </summary>
public static class WireNames
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    /// <summary>The value's wire name: <c>Verdict.ProfessionalFirst</c> → "professional-first".</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>The value a wire name stands for, or null when it names none (case and spelling must match).</summary>
    public static T? Parse<T>(string? name)
        where T : struct, Enum => name is not null && Names<T>.ByName.TryGetValue(name, out var value) ? value : null;

    /// <summary>Every wire name of the enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.InOrder;

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly string[] InOrder = [.. Enum.GetValues<T>().Select(v => Policy.ConvertName(v.ToString()))];

        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName = Enum.GetValues<T>().ToFrozenDictionary(v => Policy.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
