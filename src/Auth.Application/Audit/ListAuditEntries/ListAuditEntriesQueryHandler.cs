using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IAuditLog auditLog, IMapper mapper)
    : IQueryHandler<ListAuditEntriesQuery, Result<PagedList<AuditEntryDto>>>
{
    public async ValueTask<Result<PagedList<AuditEntryDto>>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId is { } id ? new UserId(id) : (UserId?)null;
        var type = string.IsNullOrWhiteSpace(query.Type) ? null : query.Type.Trim();
        var page = await auditLog.ListAsync(new AuditEntryFilter(query.Page, query.PageSize, userId, type), cancellationToken);
        return new PagedList<AuditEntryDto>(page.Items.Select(mapper.Map<AuditEntryDto>).ToList(), page.Page, page.PageSize, page.Total);
    }
}
