namespace Auth.Infrastructure.Email.Outbox;

/// <summary>
/// What a dispatcher writes after an attempt on a message it holds the lease of: sent (the body is erased), failed
/// with a retry time, or given up (undelivered; the body is erased too).
/// </summary>
internal sealed record QueuedMailOutcome(
    Guid Id, Guid Lease, QueuedMailState State, DateTimeOffset DueAt, string? Error, DateTimeOffset? FinishedAt, DateTimeOffset? DeleteAfter)
{
    public static QueuedMailOutcome Sent(QueuedMail mail, DateTimeOffset now, TimeSpan retention) =>
        new(mail.Id, mail.LeaseId!.Value, QueuedMailState.Sent, now, null, now, now + retention);

    public static QueuedMailOutcome Retry(QueuedMail mail, DateTimeOffset dueAt, string error) =>
        new(mail.Id, mail.LeaseId!.Value, QueuedMailState.Pending, dueAt, error, null, null);

    public static QueuedMailOutcome GivenUp(QueuedMail mail, DateTimeOffset now, TimeSpan retention, string error) =>
        new(mail.Id, mail.LeaseId!.Value, QueuedMailState.Undelivered, now, error, now, now + retention);

    public bool IsFinished => State != QueuedMailState.Pending;
}
