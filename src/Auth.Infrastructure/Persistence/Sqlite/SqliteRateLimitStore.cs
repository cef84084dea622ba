using System.Data.Common;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Infrastructure.Persistence.RateLimiting;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite: <c>INSERT … ON CONFLICT (key) DO UPDATE … RETURNING</c>, one statement under SQLite's single writer
/// (SET expressions see the row as it was). Times are UTC ticks, as the model stores them.
/// </summary>
internal sealed class SqliteRateLimitStore(AuthDbContext db) : RelationalRateLimitStore(db)
{
    private const string Upsert = """
        INSERT INTO rate_limits ("key", "count", window_start, last_request) VALUES ($key, 1, $now, $now)
        ON CONFLICT ("key") DO UPDATE SET
            "count" = CASE WHEN rate_limits.window_start <= $ended THEN 1 ELSE rate_limits."count" + 1 END,
            window_start = CASE WHEN rate_limits.window_start <= $ended THEN $now ELSE rate_limits.window_start END,
            last_request = $now
        RETURNING "count", window_start;
        """;

    protected override async Task<RateLimitCounter> HitAsync(
        DbConnection connection, string key, DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, Upsert, ("$key", key), ("$now", now.UtcTicks), ("$ended", endedBefore.UtcTicks));
        var (count, windowStart) = await ReadCounterAsync<long>(command, cancellationToken).ConfigureAwait(false);
        return new RateLimitCounter(count, new DateTimeOffset(windowStart, TimeSpan.Zero));
    }
}
