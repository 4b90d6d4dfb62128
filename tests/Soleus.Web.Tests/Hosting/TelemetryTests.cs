using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Soleus.Web.Tests.Hosting;

/// <summary>
/// Traces and metrics over OTLP/HTTP: off unless Telemetry:OtlpEndpoint is set, and when it is, requests and their
/// database work reach a real collector endpoint (a small OTLP/HTTP receiver on loopback, counting what arrives).
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public void NoEndpoint_NoTelemetryAtAll()
    {
        using var factory = new SoleusFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Endpoint_RequestsAndQueriesReachTheCollectorAsTracesAndMetrics()
    {
        var received = new ConcurrentDictionary<string, int>();
        await using var collector = await Collector(received);
        using var factory = new SoleusFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Telemetry:OtlpEndpoint"] = collector.Urls.Single(),
                ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
            },
        };
        var client = factory.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await client.GetAsync("/healthz")).IsSuccessStatusCode);
        }

        for (var wait = 0; wait < 100 && (!received.ContainsKey("traces") || !received.ContainsKey("metrics")); wait++)
        {
            await Task.Delay(100);
        }

        Assert.True(received.GetValueOrDefault("traces") > 0, "no trace export arrived");
        Assert.True(received.GetValueOrDefault("metrics") > 0, "no metrics export arrived");
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public void Endpoint_NotAnHttpAddress_RefusedAtStartByName()
    {
        using var factory = new SoleusFactory { Settings = new Dictionary<string, string> { ["Telemetry:OtlpEndpoint"] = "ftp://collector" } };

        var refused = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Telemetry:OtlpEndpoint", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An OTLP/HTTP receiver on 127.0.0.1 that counts the protobuf exports it gets, by signal.</summary>
    private static async Task<WebApplication> Collector(ConcurrentDictionary<string, int> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (request.ContentType == "application/x-protobuf" && body.Length > 0)
            {
                received.AddOrUpdate(signal, 1, (_, n) => n + 1);
            }

            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
