using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Audit.ListAuditEntries;

/// <summary>Admin listing of the audit trail, newest first; <see cref="Type"/> is an exact type such as "user.sign_in_failed".</summary>
public sealed record ListAuditEntriesQuery(int Page, int PageSize, Guid? UserId, string? Type)
    : IQuery<Result<PagedList<AuditEntryDto>>>
{
    public const int MaxPageSize = 100;
}
