using System.Data;
using System.Data.Common;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Infrastructure.Persistence.RateLimiting;
using MySqlConnector;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>
/// MySQL/MariaDB: <c>INSERT … ON DUPLICATE KEY UPDATE</c>, then the row read back in the same transaction, which
/// holds the row's lock from the upsert to the commit, so the count read is this hit's. The assignments run left
/// to right and each sees the ones before it, so <c>count</c> is computed before <c>window_start</c> changes.
/// Times are <c>datetime(6)</c> holding UTC.
/// </summary>
internal sealed class MySqlRateLimitStore(AuthDbContext db) : RelationalRateLimitStore(db)
{
    private const string Upsert = """
        INSERT INTO rate_limits (`key`, `count`, window_start, last_request) VALUES (@key, 1, @now, @now)
        ON DUPLICATE KEY UPDATE
            `count` = IF(window_start <= @ended, 1, `count` + 1),
            window_start = IF(window_start <= @ended, @now, window_start),
            last_request = @now;
        SELECT `count`, window_start FROM rate_limits WHERE `key` = @key;
        """;

    /// <summary>InnoDB may pick one of two racing first inserts of a key as a deadlock victim; it is simply retried.</summary>
    private const int MaxAttempts = 5;

    protected override async Task<RateLimitCounter> HitAsync(
        DbConnection connection, string key, DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HitOnceAsync(connection, key, endedBefore, now, cancellationToken).ConfigureAwait(false);
            }
            catch (MySqlException exception) when (attempt < MaxAttempts && exception.ErrorCode == MySqlErrorCode.LockDeadlock)
            {
                // retried
            }
        }
    }

    private static async Task<RateLimitCounter> HitOnceAsync(
        DbConnection connection, string key, DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await using var command = Command(
                connection, Upsert, ("@key", key), ("@now", now.UtcDateTime), ("@ended", endedBefore.UtcDateTime));
            command.Transaction = transaction;
            var (count, windowStart) = await ReadCounterAsync<DateTime>(command, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new RateLimitCounter(count, new DateTimeOffset(DateTime.SpecifyKind(windowStart, DateTimeKind.Utc)));
        }
    }
}
