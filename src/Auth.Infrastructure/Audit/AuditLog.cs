using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Audit;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Audit;

/// <summary>The audit trail on the EF providers: entries are added to the scope's context and saved with everything else.</summary>
internal sealed class AuditLog(AuthDbContext db) : IAuditLog
{
    public void Add(AuditEntry entry) => db.AuditEntries.Add(entry);

    public async Task<PagedList<AuditEntry>> ListAsync(AuditEntryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.PageSize, 1);

        var query = db.AuditEntries.AsNoTracking();
        if (filter.UserId is { } userId) query = query.Where(e => e.UserId == userId);
        if (filter.Type is { } type) query = query.Where(e => e.Type == type);

        var total = await query.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<AuditEntry>(items, filter.Page, filter.PageSize, total);
    }
}
