using System.Reflection;
using Microsoft.Extensions.Options;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Hosting;

/// <summary>The method's two documents, read once from the assembly and checked by their linters at start.</summary>
public static class MethodDocuments
{
    public static IServiceCollection AddSoleusMethod(this IServiceCollection services)
    {
        services.AddSingleton(_ => Read("four-layer-method.json", ProtocolLoader.Load));
        services.AddSingleton(provider => Read("screening.json", (stream, file) => QuestionnaireLoader.Load(stream, file, provider.GetRequiredService<Protocol>()))
            .WithEmergencyNumber(provider.GetRequiredService<IOptions<SoleusOptions>>().Value.EmergencyNumber));
        return services;
    }

    private static T Read<T>(string file, Func<Stream, string, T> load)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"protocols/{file}")
            ?? throw new InvalidOperationException($"protocols/{file} is missing from the assembly.");
        return load(stream, file);
    }
}
