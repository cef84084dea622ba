namespace Auth.Application.Audit;

/// <summary>One audit entry as administrators see it. Outcome is "success" or "failure".</summary>
public sealed record AuditEntryDto(
    Guid Id,
    string Type,
    Guid? UserId,
    string? Subject,
    string? Ip,
    string? UserAgent,
    string Outcome,
    string? Detail,
    DateTimeOffset OccurredAt);
