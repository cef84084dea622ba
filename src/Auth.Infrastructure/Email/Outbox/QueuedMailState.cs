namespace Auth.Infrastructure.Email.Outbox;

/// <summary>Where a <see cref="QueuedMail"/> is: waiting (or being delivered under a lease), sent, or given up (dead letter).</summary>
internal enum QueuedMailState
{
    Pending,
    Sent,
    Undelivered,
}
