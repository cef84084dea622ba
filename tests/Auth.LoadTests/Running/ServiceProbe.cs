using System.Globalization;

namespace Auth.LoadTests.Running;

/// <summary>
/// Watches the service process (Linux): its peak resident set (VmHWM) and the CPU time it used. Reset writes 5 to
/// /proc/PID/clear_refs, which restarts the peak at the current resident set, so each scenario gets its own peak;
/// where that is not allowed, the peak is the one since the process started, and <see cref="CanReset"/> says so.
/// CPU time per request barely changes when other processes compete for the cores, unlike latency and req/s.
/// </summary>
internal sealed class ServiceProbe(int pid)
{
    public bool CanReset { get; private set; } = true;

    public void ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CanReset = false;
        }
    }

    /// <summary>User + system CPU time the service has used so far, or null when it cannot be read.</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>VmHWM in MiB, or null when the process cannot be read.</summary>
    public double? PeakMiB() => ReadKiB("VmHWM:") / 1024.0;

    private double? ReadKiB(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            var number = line?[field.Length..].Trim().Split(' ')[0];
            return double.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
