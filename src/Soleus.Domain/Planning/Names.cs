namespace Soleus.Domain.Planning;

/// <summary>How the protocol's names ("Foam roller", "Sitting on a chair") read inside a sentence.</summary>
internal static class Names
{
    public static string InSentence(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string And(IEnumerable<string> names) => names.ToList() is [.. var first, var last] && first.Count > 0 ? $"{string.Join(", ", first)} and {last}" : string.Join("", names);

    public static string Either(IEnumerable<string> names) => string.Join(" or ", names);
}
