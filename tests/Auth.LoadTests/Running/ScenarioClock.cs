using System.Diagnostics;

namespace Auth.LoadTests.Running;

/// <summary>
/// The time window of one scenario: a warm-up that is not measured, then the measured seconds. It stops the
/// clients at the end of the window or when the request budget is spent, whichever comes first, and aborts any
/// call still running well after the end.
/// </summary>
internal sealed class ScenarioClock : IDisposable
{
    private static readonly TimeSpan AbortGrace = TimeSpan.FromSeconds(35);

    private readonly long _measureFrom;
    private readonly long _measureUntil;
    private readonly long _budget;
    private readonly CancellationTokenSource _abort;
    private long _measured;
    private volatile bool _budgetSpent;

    public ScenarioClock(TimeSpan warmup, TimeSpan measured, long maxRequests)
    {
        var now = Stopwatch.GetTimestamp();
        _measureFrom = now + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        _measureUntil = _measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        _budget = maxRequests;
        _abort = new CancellationTokenSource(warmup + measured + AbortGrace);
    }

    public CancellationToken Aborted => _abort.Token;

    public bool Running => !_budgetSpent && Stopwatch.GetTimestamp() < _measureUntil && !_abort.IsCancellationRequested;

    /// <summary>The measured seconds: shorter than planned when the clients stopped early (budget spent, burst done).</summary>
    public double MeasuredSeconds(long finishedTicks) =>
        Math.Max(0, Math.Min(finishedTicks, _measureUntil) - _measureFrom) / (double)Stopwatch.Frequency;

    /// <summary>True when a call that started at <paramref name="startTicks"/> falls in the measured window; counts it.</summary>
    public bool Measure(long startTicks)
    {
        if (startTicks < _measureFrom || startTicks >= _measureUntil) return false;
        if (Interlocked.Increment(ref _measured) >= _budget) _budgetSpent = true;
        return true;
    }

    public void Dispose() => _abort.Dispose();
}
