namespace Auth.Domain.Audit;

public readonly record struct AuditEntryId(Guid Value)
{
    /// <summary>A time-ordered (version 7) id: entries append to the primary-key index and sort by time.</summary>
    public static AuditEntryId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}
