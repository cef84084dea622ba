namespace Auth.Infrastructure.Email.Outbox;

/// <summary>
/// The durable outbox on the configured database. <see cref="Stage"/> rides on the scope's unit of work (the message
/// is stored with the command's changes, or not at all); the other operations are the dispatchers' and write at once.
/// A claim is exclusive across instances: each provider takes due messages with a lock that concurrent claimers skip
/// (PostgreSQL and MySQL <c>FOR UPDATE SKIP LOCKED</c>, SQLite's single writer, MongoDB's atomic find-and-modify).
/// </summary>
internal interface IMailOutboxStore
{
    void Stage(QueuedMail mail);

    /// <summary>Up to <paramref name="max"/> due pending messages, oldest first, each leased to <paramref name="lease"/> until <paramref name="leaseEnds"/>.</summary>
    Task<IReadOnlyList<QueuedMail>> ClaimAsync(int max, Guid lease, DateTimeOffset now, DateTimeOffset leaseEnds, CancellationToken cancellationToken);

    /// <summary>Records the outcome of a claimed message; false when the lease was lost (another dispatcher claimed it since).</summary>
    Task<bool> FinishAsync(QueuedMailOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Messages not yet sent nor given up, and the queue time of the oldest.</summary>
    Task<MailBacklog> GetBacklogAsync(CancellationToken cancellationToken);

    /// <summary>The newest messages given up, for admins.</summary>
    Task<IReadOnlyList<QueuedMail>> ListUndeliveredAsync(int max, CancellationToken cancellationToken);
}
