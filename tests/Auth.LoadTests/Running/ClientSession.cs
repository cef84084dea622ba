using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace Auth.LoadTests.Running;

/// <summary>One simulated client: makes calls, times the ones in the measured window, keeps its own logs.</summary>
internal sealed class ClientSession(int index, ScenarioClock clock)
{
    public int Index { get; } = index;

    public Dictionary<string, LatencyLog> Logs { get; } = new(StringComparer.Ordinal);

    public bool Running => clock.Running;

    public CancellationToken Aborted => clock.Aborted;

    public async Task<CallOutcome> CallAsync(string operation, Func<CancellationToken, Task<CallOutcome>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var start = Stopwatch.GetTimestamp();
        CallOutcome outcome;
        try
        {
            outcome = await call(clock.Aborted).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            outcome = CallOutcome.Failed($"connection: {exception.HttpRequestError}");
        }
        catch (Exception exception) when (exception is SocketException or IOException or InvalidDataException)
        {
            outcome = CallOutcome.Failed($"connection: {exception.Message}");
        }
        catch (OperationCanceledException)
        {
            outcome = CallOutcome.Failed("timeout or aborted");
        }
        catch (JsonException)
        {
            outcome = CallOutcome.Failed("malformed JSON");
        }

        if (clock.Measure(start))
        {
            if (!Logs.TryGetValue(operation, out var log)) Logs[operation] = log = new LatencyLog();
            log.Add(start, outcome);
        }

        return outcome;
    }
}
