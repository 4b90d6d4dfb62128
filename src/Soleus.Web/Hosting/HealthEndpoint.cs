using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Soleus.Web.Hosting;

/// <summary>
/// GET /healthz: 200 while the database answers, 503 when it does not (a reverse proxy takes the instance out), with
/// the status and the release in JSON: {"status":"Healthy","version":"0.9.0"}.
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointConventionBuilder MapSoleusHealth(this IEndpointRouteBuilder app) => app.MapHealthChecks("/healthz", new HealthCheckOptions
    {
        ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(new { status = report.Status.ToString(), version = AppVersion.Current }),
    });
}
