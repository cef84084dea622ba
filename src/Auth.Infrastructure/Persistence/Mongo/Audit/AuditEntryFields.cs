namespace Auth.Infrastructure.Persistence.Mongo.Audit;

/// <summary>Field names of an <c>audit_entries</c> document (the id is <c>_id</c>).</summary>
internal static class AuditEntryFields
{
    public const string Type = "type";
    public const string UserId = "userId";
    public const string Subject = "subject";
    public const string Ip = "ip";
    public const string UserAgent = "userAgent";
    public const string Outcome = "outcome";
    public const string Detail = "detail";
    public const string OccurredAt = "occurredAt";
}
