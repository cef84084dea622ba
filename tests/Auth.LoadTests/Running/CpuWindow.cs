namespace Auth.LoadTests.Running;

/// <summary>
/// CPU time used during a scenario's measured window only (after the warm-up, until the window ends or the
/// clients stop): by the service, when its pid is known, and by this process.
/// </summary>
internal sealed class CpuWindow(ServiceProbe? service)
{
    public TimeSpan? Service { get; private set; }

    public TimeSpan Own { get; private set; }

    public async Task MeasureAsync(TimeSpan warmup, TimeSpan duration, Task clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        await Task.WhenAny(Task.Delay(warmup), clients).ConfigureAwait(false);
        var serviceStart = service?.CpuTime();
        var ownStart = Environment.CpuUsage.TotalTime;
        await Task.WhenAny(Task.Delay(duration), clients).ConfigureAwait(false);
        Service = service?.CpuTime() - serviceStart;
        Own = Environment.CpuUsage.TotalTime - ownStart;
    }
}
