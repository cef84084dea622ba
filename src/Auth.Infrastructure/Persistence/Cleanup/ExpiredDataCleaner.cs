using Auth.Infrastructure.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Persistence.Cleanup;

/// <summary>
/// One clean-up pass over the relational tables. With <c>cutoff = now - Retention</c> it deletes
/// <list type="bullet">
/// <item>refresh tokens that expired before the cutoff (a live session keeps its live tokens);</item>
/// <item>sessions that expired before the cutoff (an expired session cannot be revived) or were revoked before it,
/// with their refresh tokens (the foreign key cascades);</item>
/// <item>one-time codes that expired before the cutoff, or were used or superseded before it;</item>
/// <item>sign-in and passkey challenges that expired before the cutoff (used or not: an expired one is refused anyway);</item>
/// <item>rate-limit counters last hit before the cutoff (their window ended long ago, for any window up to the
/// retention).</item>
/// <item>outbox messages sent or given up whose <c>delete_after</c> (their finish plus <c>Email:Delivery:Retention</c>) has passed.</item>
/// </list>
/// Each kind goes in batches of <see cref="DatabaseCleanupOptions.BatchSize"/> rows, one DELETE per batch, so no
/// statement holds locks on a large table for long. Users are never deleted here.
/// </summary>
internal sealed class ExpiredDataCleaner(AuthDbContext db, TimeProvider time, IOptions<DatabaseOptions> options)
{
    public async Task<CleanupResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Cleanup;
        var cutoff = time.GetUtcNow() - settings.Retention;

        var refreshTokens = await DeleteInBatchesAsync(
            db.RefreshTokens.Where(t => t.ExpiresAt < cutoff).OrderBy(t => t.Id), settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        var sessions = await DeleteInBatchesAsync(
            db.Sessions.Where(s => s.ExpiresAt < cutoff || (!s.IsActive && s.RevokedAt < cutoff)).OrderBy(s => s.Id),
            settings.BatchSize,
            cancellationToken).ConfigureAwait(false);
        var otps = await DeleteInBatchesAsync(
            db.Otps.Where(o => o.ExpiresAt < cutoff || ((o.IsUsed || o.IsSuperseded) && o.UpdatedAt < cutoff)).OrderBy(o => o.Id),
            settings.BatchSize,
            cancellationToken).ConfigureAwait(false);

        var challenges = await DeleteInBatchesAsync(
            db.SignInChallenges.Where(c => c.ExpiresAt < cutoff).OrderBy(c => c.Id), settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);

        challenges += await DeleteInBatchesAsync(
            db.PasskeyChallenges.Where(c => c.ExpiresAt < cutoff).OrderBy(c => c.Id), settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);

        var rateLimits = await DeleteInBatchesAsync(
            db.RateLimits.Where(r => r.LastRequest < cutoff).OrderBy(r => r.Key), settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);

        var now = time.GetUtcNow();
        var finishedMail = await DeleteInBatchesAsync(
            db.Set<QueuedMail>().Where(m => m.DeleteAfter < now).OrderBy(m => m.DeleteAfter), settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);

        return new CleanupResult(otps, sessions, refreshTokens, rateLimits, challenges, finishedMail);
    }

    private static async Task<int> DeleteInBatchesAsync<T>(
        IOrderedQueryable<T> expired, int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await expired.Take(batchSize).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
