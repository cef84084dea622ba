namespace Auth.Infrastructure.Persistence.RateLimiting;

/// <summary>
/// A row of <c>rate_limits</c>: one fixed-window counter (<c>RateLimiting:Store=Database</c>). Written only by the
/// per-provider upserts (<see cref="RelationalRateLimitStore"/>), never through the change tracker; mapped so that
/// the migrations create the table and the clean-up can sweep it.
/// </summary>
internal sealed class RateLimitRow
{
    public required string Key { get; init; }

    public int Count { get; init; }

    public DateTimeOffset WindowStart { get; init; }

    public DateTimeOffset LastRequest { get; init; }
}
