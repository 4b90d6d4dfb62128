using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Soleus.Web.Hosting;

/// <summary>
/// Settings under "Proxies": the reverse proxies (single addresses, or networks in CIDR form) whose X-Forwarded-For
/// and X-Forwarded-Proto are believed. Empty by default, so a forwarded header from anyone is ignored.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxies";

    /// <summary>Proxy addresses, e.g. 127.0.0.1 or ::1.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Proxies:KnownProxies has '{proxy}', which is not an IP address such as 127.0.0.1 or ::1.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Proxies:KnownNetworks has '{network}', which is not a network in CIDR form such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
