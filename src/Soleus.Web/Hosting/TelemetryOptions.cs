using System.ComponentModel.DataAnnotations;

namespace Soleus.Web.Hosting;

/// <summary>
/// Settings under "Telemetry": where to send traces and metrics over OTLP. Unset (the default), Soleus sends nothing
/// and registers no instrumentation at all.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>The collector's OTLP/HTTP address, e.g. http://127.0.0.1:4318; null sends nothing.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The service name the telemetry carries, to tell Soleus apart from other services of a practice.</summary>
    [Required]
    public string ServiceName { get; set; } = "soleus";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Telemetry:OtlpEndpoint must be an absolute http or https address, e.g. http://127.0.0.1:4318.", [nameof(OtlpEndpoint)]);
        }
    }
}
