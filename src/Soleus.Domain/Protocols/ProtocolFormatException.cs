namespace Soleus.Domain.Protocols;

/// <summary>A protocol document that cannot be read: names the file, the JSON path and what was expected.</summary>
public sealed class ProtocolFormatException(string file, string path, string expected, Exception? inner = null)
    : Exception($"{file}: at {path}: {expected}", inner)
{
    public string File { get; } = file;

    public string JsonPath { get; } = path;

    public string Expected { get; } = expected;
}
