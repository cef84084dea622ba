using Auth.Infrastructure.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Auth.Infrastructure.Persistence.MailOutbox;

/// <summary>
/// <see cref="IMailOutboxStore"/> on <c>mail_outbox</c>. A claim is one transaction: the provider's
/// <see cref="DueForClaim"/> locks up to N due rows (skipping rows another claimer holds), they are leased, and the
/// commit releases the locks with the lease already written, so no other dispatcher can take them until it ends.
/// </summary>
internal abstract class RelationalMailOutboxStore(AuthDbContext db) : IMailOutboxStore
{
    /// <summary>The state column's stored value for pending messages (the enum is stored by name).</summary>
    protected const string Pending = nameof(QueuedMailState.Pending);

    protected DbSet<QueuedMail> Outbox => db.Set<QueuedMail>();

    public void Stage(QueuedMail mail) => db.Add(mail);

    public async Task<IReadOnlyList<QueuedMail>> ClaimAsync(
        int max, Guid lease, DateTimeOffset now, DateTimeOffset leaseEnds, CancellationToken cancellationToken)
    {
        var transaction = await BeginClaimAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var claimed = await DueForClaim(now, max).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var mail in claimed)
            {
                mail.LeaseId = lease;
                mail.DueAt = leaseEnds;
                mail.Attempts++;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return claimed;
        }
    }

    public async Task<bool> FinishAsync(QueuedMailOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var updated = await db.Set<QueuedMail>()
            .Where(m => m.Id == outcome.Id && m.LeaseId == outcome.Lease && m.State == QueuedMailState.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.State, outcome.State)
                    .SetProperty(m => m.DueAt, outcome.DueAt)
                    .SetProperty(m => m.LastError, outcome.Error)
                    .SetProperty(m => m.FinishedAt, outcome.FinishedAt)
                    .SetProperty(m => m.DeleteAfter, outcome.DeleteAfter)
                    .SetProperty(m => m.ProtectedBody, m => outcome.IsFinished ? null : m.ProtectedBody),
                cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<MailBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        var pending = db.Set<QueuedMail>().AsNoTracking().Where(m => m.State == QueuedMailState.Pending);
        var count = await pending.CountAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0) return MailBacklog.Empty;
        // Delivered meanwhile, perhaps: then there is no oldest.
        var oldest = await pending.OrderBy(m => m.QueuedAt).Select(m => (DateTimeOffset?)m.QueuedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return oldest is null ? MailBacklog.Empty : new MailBacklog(count, oldest);
    }

    public async Task<IReadOnlyList<QueuedMail>> ListUndeliveredAsync(int max, CancellationToken cancellationToken) =>
        await db.Set<QueuedMail>().AsNoTracking()
            .Where(m => m.State == QueuedMailState.Undelivered)
            .OrderByDescending(m => m.FinishedAt)
            .Take(max)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Starts the claim's transaction.</summary>
    protected virtual Task<IDbContextTransaction> BeginClaimAsync(CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> pending rows due at <paramref name="now"/>, oldest due first, tracked and locked for
    /// the claim's transaction so that a concurrent claim skips them.
    /// </summary>
    protected abstract IQueryable<QueuedMail> DueForClaim(DateTimeOffset now, int max);
}
