using System.Globalization;
using System.Text;
using Auth.LoadTests.Running;

namespace Auth.LoadTests.Reporting;

/// <summary>The results as a Markdown table, one row per scenario and one per operation of a mixed scenario.</summary>
internal static class TableReport
{
    public static string Render(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine("| scenario | clients | seconds | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | peak WS MiB | service CPU ms/req | errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            Row(text, result.Scenario, result.Clients, result.Seconds, result.Total, result.PeakWorkingSetMiB, result.ServiceCpuMsPerRequest);
            foreach (var operation in result.Operations)
                Row(text, $"  {result.Scenario}: {operation.Operation}", result.Clients, result.Seconds, operation, peakMiB: null, cpuMs: null);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, int clients, double seconds, OperationStats stats, double? peakMiB, double? cpuMs)
    {
        var errors = stats.ErrorCount == 0
            ? "0"
            : $"{stats.ErrorCount} ({string.Join(", ", stats.Errors.Select(e => $"{e.Key}: {e.Value}"))})";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {clients} | {seconds:0.0} | {stats.Requests} | {stats.RequestsPerSecond:0.0} | {stats.P50Ms:0.00} | {stats.P95Ms:0.00} | {stats.P99Ms:0.00} | {stats.MaxMs:0.00} | {(peakMiB is { } peak ? peak.ToString("0", CultureInfo.InvariantCulture) : "")} | {(cpuMs is { } cpu ? cpu.ToString("0.000", CultureInfo.InvariantCulture) : "")} | {errors} |");
    }
}
