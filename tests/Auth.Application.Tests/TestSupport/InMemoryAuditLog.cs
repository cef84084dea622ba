using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Audit;

namespace Auth.Application.Tests.TestSupport;

/// <summary>The staged audit entries, newest first when listed, with the stores' filters.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> All => _entries;

    public AuditEntryFilter? LastFilter { get; private set; }

    public void Add(AuditEntry entry) => _entries.Add(entry);

    public Task<PagedList<AuditEntry>> ListAsync(AuditEntryFilter filter, CancellationToken cancellationToken)
    {
        LastFilter = filter;
        var matching = _entries
            .Where(e => filter.UserId is null || e.UserId == filter.UserId)
            .Where(e => filter.Type is null || e.Type == filter.Type)
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id.Value)
            .ToList();
        var items = matching.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        return Task.FromResult(new PagedList<AuditEntry>(items, filter.Page, filter.PageSize, matching.Count));
    }
}
