using System.Globalization;

namespace Auth.LoadTests.Running;

/// <summary>
/// Reads the peak resident set (VmHWM) of the service process from /proc, Linux only. Reset writes 5 to
/// /proc/PID/clear_refs, which restarts the peak at the current resident set, so each scenario gets its own peak;
/// where that is not allowed, the peak is the one since the process started, and <see cref="CanReset"/> says so.
/// </summary>
internal sealed class ServiceMemoryProbe(int pid)
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
