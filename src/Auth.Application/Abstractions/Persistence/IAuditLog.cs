using Auth.Domain.Audit;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>
/// The audit trail. <see cref="Add"/> stages an entry in the current unit of work, so it is written in the same
/// transaction as the change it records, and a command that throws (or is retried from scratch) leaves none.
/// Entries are never updated or deleted through it.
/// </summary>
public interface IAuditLog
{
    void Add(AuditEntry entry);

    /// <summary>Newest first (time, then id), filtered by user and type.</summary>
    Task<PagedList<AuditEntry>> ListAsync(AuditEntryFilter filter, CancellationToken cancellationToken);
}
