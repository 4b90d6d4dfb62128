using System.ComponentModel.DataAnnotations;
using Fido2NetLib;

namespace Soleus.Web.Hosting;

/// <summary>
/// Settings under "Soleus:Passkeys": the domain passkeys are bound to (the relying party id) and the exact origins
/// whose pages may use them. appsettings.json holds defaults for https://localhost; a server sets its own.
/// </summary>
public sealed class PasskeyOptions
{
    public const string Section = "Soleus:Passkeys";

    /// <summary>The relying party id: the site's host name, or a parent domain of it.</summary>
    [Required]
    public string ServerDomain { get; set; } = "localhost";

    /// <summary>Every origin (scheme, host and port) whose pages may create or use a passkey.</summary>
    [MinLength(1)]
    public string[] Origins { get; set; } = [];

    public Fido2Configuration Fido2() => new()
    {
        RPID = ServerDomain,
        RPName = "Soleus",
        Origins = Origins.ToHashSet(StringComparer.Ordinal),
    };
}
