using System.Diagnostics;

namespace Auth.LoadTests.Running;

/// <summary>What one operation (or all of a scenario's) measured: throughput, latency percentiles, errors.</summary>
internal sealed record OperationStats(
    string Operation,
    long Requests,
    long Ok,
    long ErrorCount,
    IReadOnlyDictionary<string, int> Errors,
    double RequestsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs)
{
    public static OperationStats From(string operation, IReadOnlyList<LatencyLog> logs, double seconds)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var ticks = logs.SelectMany(l => l.Ticks).Order().ToArray();
        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, count) in logs.SelectMany(l => l.Errors)) errors[kind] = errors.GetValueOrDefault(kind) + count;
        var ok = logs.Sum(l => l.Ok);

        return new OperationStats(
            operation,
            ticks.Length,
            ok,
            ticks.Length - ok,
            errors,
            seconds > 0 ? ticks.Length / seconds : 0,
            Percentile(ticks, 0.50),
            Percentile(ticks, 0.95),
            Percentile(ticks, 0.99),
            ticks.Length == 0 ? 0 : ToMs(ticks[^1]));
    }

    // Nearest rank: the smallest latency that at least p of the calls did not exceed.
    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : ToMs(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
