using Auth.Application.Behaviors;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Auth.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, outgoing HTTP (the OAuth providers), the database drivers' own
/// activity sources, the .NET runtime and the service's <see cref="SecurityMetrics"/>. Exported over OTLP when
/// <c>Telemetry:Otlp:Endpoint</c> is set (the standard <c>OTEL_*</c> variables also apply), and as a Prometheus scrape
/// endpoint at <c>/metrics</c> when <c>Telemetry:Prometheus:Enabled</c> is true. Off otherwise.
/// </summary>
internal static class TelemetrySetup
{
    public const string Section = "Telemetry";

    /// <summary>The activity sources the database drivers write to (Npgsql, MySqlConnector, the MongoDB driver).</summary>
    private static readonly string[] DatabaseSources = ["Npgsql", "MySqlConnector", "MongoDB.Driver"];

    public static IServiceCollection AddAuthTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration[$"{Section}:Otlp:Endpoint"];
        var prometheus = PrometheusEnabled(configuration);
        if (string.IsNullOrWhiteSpace(otlp) && !prometheus) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration[$"{Section}:ServiceName"] ?? "auth"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddMeter(SecurityMetrics.MeterName);
                if (prometheus) metrics.AddPrometheusExporter();
                if (!string.IsNullOrWhiteSpace(otlp)) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(DatabaseSources)
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapAuthTelemetry(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (PrometheusEnabled(configuration)) app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue($"{Section}:Prometheus:Enabled", false);
}
