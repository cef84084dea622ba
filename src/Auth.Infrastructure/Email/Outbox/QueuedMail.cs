namespace Auth.Infrastructure.Email.Outbox;

/// <summary>
/// A message in the durable outbox (<c>mail_outbox</c>): written in the transaction of the command that sent it, then
/// claimed, delivered and marked by a <see cref="MailDispatcher"/> of any instance. The body may hold a one-time code,
/// so it is stored encrypted (<see cref="ProtectedBody"/>) and erased once the message is sent or given up.
/// </summary>
internal sealed class QueuedMail
{
    public Guid Id { get; init; }

    public required string Recipient { get; init; }

    public required string Subject { get; init; }

    /// <summary>The text body encrypted with the secrets key; null once the message is finished.</summary>
    public string? ProtectedBody { get; set; }

    public QueuedMailState State { get; set; }

    /// <summary>Delivery attempts started so far (a claim counts as one, even if its process died).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>
    /// When a dispatcher may claim it next: at first the queue time, while claimed the end of the claim's lease (so a
    /// message whose dispatcher died is claimed again once the lease is over), after a failure the retry time.
    /// </summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>The current claim; only its holder may mark the message sent or failed.</summary>
    public Guid? LeaseId { get; set; }

    public string? LastError { get; set; }

    /// <summary>When it was sent or given up.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>When a finished message is deleted (<c>Email:Delivery:Retention</c> after it finished).</summary>
    public DateTimeOffset? DeleteAfter { get; set; }

    public static QueuedMail Queue(string recipient, string subject, string protectedBody, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Recipient = recipient,
        Subject = subject,
        ProtectedBody = protectedBody,
        State = QueuedMailState.Pending,
        QueuedAt = now,
        DueAt = now,
    };

    public override string ToString() => $"QueuedMail {{ Id = {Id}, Subject = {Subject}, State = {State}, Attempts = {Attempts} }}";
}
