namespace Auth.Application.Abstractions.RateLimiting;

/// <summary>
/// Fixed-window request counters shared by everything that reads the same store: one process (memory) or every
/// instance (the database). A window starts at the first hit of a key and lasts <c>window</c>; the first hit after it
/// starts a new one.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Counts one request under <paramref name="key"/> at <paramref name="now"/>, atomically (concurrent hits are all
    /// counted), and returns the counter after the hit.
    /// </summary>
    Task<RateLimitCounter> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);
}
