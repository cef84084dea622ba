namespace Auth.Application.Abstractions.RateLimiting;

/// <summary>Whether a request may go on and, when not, how long the caller should wait (at least one second).</summary>
public readonly record struct RateLimitDecision(bool IsAllowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allowed { get; } = new(true, TimeSpan.Zero);

    public static RateLimitDecision Rejected(TimeSpan retryAfter) =>
        new(false, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);
}
