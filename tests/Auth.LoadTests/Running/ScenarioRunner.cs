using System.Diagnostics;

namespace Auth.LoadTests.Running;

/// <summary>
/// Runs C clients of one scenario: each prepares first (unmeasured, e.g. signs in for a token), then all run
/// through the warm-up and the measured window together; their logs are merged per operation.
/// </summary>
internal static class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync<TState>(
        string scenario, int clients, TimeSpan warmup, TimeSpan duration, long maxRequests,
        Func<int, CancellationToken, Task<TState>> prepare, Func<ClientSession, TState, Task> run,
        ServiceProbe? service = null)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(run);

        using var preparing = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var states = new TState[clients];
        await Parallel.ForEachAsync(Enumerable.Range(0, clients), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = preparing.Token },
            async (i, ct) => states[i] = await prepare(i, ct).ConfigureAwait(false)).ConfigureAwait(false);

        using var clock = new ScenarioClock(warmup, duration, maxRequests);
        var sessions = Enumerable.Range(0, clients).Select(i => new ClientSession(i, clock)).ToList();
        var cpu = new CpuWindow(service);
        var running = Task.WhenAll(sessions.Select(s => Task.Run(() => run(s, states[s.Index]))));
        await cpu.MeasureAsync(warmup, duration, running).ConfigureAwait(false);
        await running.ConfigureAwait(false);
        var seconds = clock.MeasuredSeconds(Stopwatch.GetTimestamp());

        var byOperation = sessions
            .SelectMany(s => s.Logs)
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => OperationStats.From(g.Key, g.Select(l => l.Value).ToList(), seconds))
            .ToList();
        var total = OperationStats.From("all", sessions.SelectMany(s => s.Logs.Values).ToList(), seconds);
        return new ScenarioResult(scenario, clients, seconds, total, byOperation.Count > 1 ? byOperation : [])
        {
            ServiceCpuMsPerRequest = cpu.Service is { } used && total.Requests > 0 ? used.TotalMilliseconds / total.Requests : null,
            LoadGeneratorCpuMsPerRequest = total.Requests > 0 ? cpu.Own.TotalMilliseconds / total.Requests : null,
        };
    }
}
