namespace Auth.Infrastructure.Email.Outbox;

/// <summary>The mail waiting for delivery: how many messages and since when the oldest waits.</summary>
internal sealed record MailBacklog(int Count, DateTimeOffset? OldestQueuedAt)
{
    public static readonly MailBacklog Empty = new(0, null);
}
