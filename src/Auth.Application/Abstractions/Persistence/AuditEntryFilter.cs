using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>Admin listing of the audit trail: 1-based page, optional user and exact type.</summary>
public sealed record AuditEntryFilter(int Page, int PageSize, UserId? UserId, string? Type);
