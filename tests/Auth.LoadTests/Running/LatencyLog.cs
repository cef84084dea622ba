using System.Diagnostics;

namespace Auth.LoadTests.Running;

/// <summary>One client's measured calls for one operation: latencies in stopwatch ticks, and errors by kind.</summary>
internal sealed class LatencyLog
{
    public List<long> Ticks { get; } = new(capacity: 4096);

    public Dictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public long Ok { get; private set; }

    public void Add(long startTicks, CallOutcome outcome)
    {
        Ticks.Add(Stopwatch.GetTimestamp() - startTicks);
        if (outcome.Ok)
        {
            Ok++;
            return;
        }

        Errors[outcome.ErrorKey] = Errors.GetValueOrDefault(outcome.ErrorKey) + 1;
    }
}
