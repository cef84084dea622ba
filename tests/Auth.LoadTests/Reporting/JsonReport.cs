using System.Text.Json;
using Auth.LoadTests.Running;

namespace Auth.LoadTests.Reporting;

/// <summary>The results and the run's parameters as JSON, for scripts/bench.sh and anyone comparing runs.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Render(LoadOptions options, IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(new
        {
            generatedAt = DateTimeOffset.UtcNow,
            baseUrl = options.BaseUrl.ToString(),
            options.Clients,
            options.DurationSeconds,
            options.WarmupSeconds,
            options.Users,
            options.Smoke,
            processorCount = Environment.ProcessorCount,
            results,
        }, Options);
    }
}
