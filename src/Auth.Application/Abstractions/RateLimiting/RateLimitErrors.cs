using Auth.Domain.Primitives;

namespace Auth.Application.Abstractions.RateLimiting;

public static class RateLimitErrors
{
    /// <summary>429 <c>rate_limited</c>; <c>retryAfterSeconds</c> (whole seconds, at least 1) becomes the Retry-After header.</summary>
    public static Error Limited(TimeSpan retryAfter) =>
        new Error(ErrorCodes.RateLimited, "Too many requests; retry later.", ErrorKind.TooManyRequests)
            .WithDetail(RetryAfterSecondsDetail, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)));

    public const string RetryAfterSecondsDetail = "retryAfterSeconds";
}
