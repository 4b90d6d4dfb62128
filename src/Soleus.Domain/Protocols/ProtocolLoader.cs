using System.Text.Json;

namespace Soleus.Domain.Protocols;

/// <summary>Reads a protocol document and refuses it when it is malformed, incomplete or breaks a safety rule.</summary>
public static class ProtocolLoader
{
    /// <param name="json">The document.</param>
    /// <param name="file">The name to show in error messages.</param>
    /// <exception cref="ProtocolFormatException">The document is not a complete protocol.</exception>
    /// <exception cref="ProtocolRejectedException">The document breaks a safety rule.</exception>
    public static Protocol Load(Stream json, string file)
    {
        var protocol = Read<Protocol>(json, file);
        var violations = ProtocolLinter.Lint(protocol);
        return violations.Count == 0 ? protocol : throw new ProtocolRejectedException(file, violations);
    }

    /// <summary>Reads any of the method's documents strictly: unknown fields, missing fields and wrong types fail.</summary>
    public static T Read<T>(Stream json, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, ProtocolJson.Options)
                ?? throw new ProtocolFormatException(file, "$", $"a {typeof(T).Name} object, found null");
        }
        catch (JsonException e)
        {
            throw new ProtocolFormatException(file, e.Path ?? "$", Describe(e), e);
        }
    }

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
