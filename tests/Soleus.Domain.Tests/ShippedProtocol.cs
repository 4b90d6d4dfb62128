using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests;

/// <summary>The protocol files shipped in <c>protocols/</c>, copied beside the test assembly.</summary>
internal static class ShippedProtocol
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "protocols", file);

    public static string Text(string file = "four-layer-method.json") => File.ReadAllText(PathOf(file));

    public static Protocol Load()
    {
        using var stream = File.OpenRead(PathOf("four-layer-method.json"));
        return ProtocolLoader.Load(stream, "four-layer-method.json");
    }
}
