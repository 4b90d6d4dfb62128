using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Soleus.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics, so a practice running several instances can see latency, errors and database
/// time: requests (ASP.NET Core), queries (EF Core), and the runtime (GC, thread pool), exported over OTLP/HTTP to
/// the collector named in <see cref="TelemetryOptions.OtlpEndpoint"/>. Off unless that is set.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddSoleusTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelemetryOptions.Section);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (settings.OtlpEndpoint is not { IsAbsoluteUri: true } endpoint)
        {
            return services;
        }

        void Otlp(OtlpExporterOptions o, string signal)
        {
            o.Protocol = OtlpExportProtocol.HttpProtobuf;
            o.Endpoint = new Uri(endpoint, signal);
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => Otlp(o, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddOtlpExporter(o => Otlp(o, "v1/metrics")));
        return services;
    }
}
