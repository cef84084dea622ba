namespace Auth.Application.Abstractions.RateLimiting;

/// <summary>A key's counter after a hit: requests counted in the current window, and when that window started.</summary>
public readonly record struct RateLimitCounter(int Count, DateTimeOffset WindowStart)
{
    /// <summary>
    /// The first counter of a key, or of a key whose window ended: a window that started at or before
    /// <c>now - window</c> is over.
    /// </summary>
    public static bool WindowEnded(DateTimeOffset windowStart, TimeSpan window, DateTimeOffset now) => windowStart <= now - window;

    /// <summary>Allowed while the count is within <paramref name="limit"/>; otherwise how long until the window ends.</summary>
    public RateLimitDecision Decide(int limit, TimeSpan window, DateTimeOffset now) =>
        Count <= limit
            ? RateLimitDecision.Allowed
            : RateLimitDecision.Rejected(WindowStart + window - now);
}
