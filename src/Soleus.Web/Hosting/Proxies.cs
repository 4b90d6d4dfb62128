using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Soleus.Web.Hosting;

/// <summary>
/// Behind a reverse proxy, the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto, but only
/// on a connection from a proxy named in <see cref="ProxyOptions"/>; ASP.NET Core's own default (loopback) is
/// cleared, and with no proxy configured the headers are not read at all, so nothing is believed unless configured. The rate limits, the password throttle, the audit trail,
/// redirects and HSTS then see the person's address and https.
/// </summary>
public static class Proxies
{
    public static IServiceCollection AddSoleusProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = null; // walk back through every trusted proxy, stopping at the first address that is not one
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            proxies.Value.KnownProxies.ForEach(proxy => forwarded.KnownProxies.Add(IPAddress.Parse(proxy)));
            proxies.Value.KnownNetworks.ForEach(network => forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network)));
        });
        return services;
    }

    /// <summary>
    /// Reads the forwarded headers, only when a proxy or network is configured: ASP.NET Core's middleware believes
    /// anyone when both lists are empty, so with none configured it is left out and no one is believed.
    /// </summary>
    public static IApplicationBuilder UseSoleusProxies(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value;
        return proxies.KnownProxies.Count + proxies.KnownNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
