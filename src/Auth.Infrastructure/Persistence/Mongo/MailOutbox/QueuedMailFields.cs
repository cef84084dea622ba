namespace Auth.Infrastructure.Persistence.Mongo.MailOutbox;

/// <summary>Field names of a <c>mail_outbox</c> document (the relational table's columns, in camelCase).</summary>
internal static class QueuedMailFields
{
    public const string Recipient = "recipient";
    public const string Subject = "subject";
    public const string ProtectedBody = "protectedBody";
    public const string State = "state";
    public const string Attempts = "attempts";
    public const string QueuedAt = "queuedAt";
    public const string DueAt = "dueAt";
    public const string LeaseId = "leaseId";
    public const string LastError = "lastError";
    public const string FinishedAt = "finishedAt";
    public const string DeleteAfter = "deleteAfter";
}
