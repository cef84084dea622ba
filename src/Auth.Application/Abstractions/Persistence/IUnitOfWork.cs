using Auth.Domain.Primitives;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>
/// Saves every change made through the repositories in one transaction. Throws
/// <see cref="ConcurrencyConflictException"/> when an aggregate changed since it was loaded and
/// <see cref="UniqueConstraintViolationException"/> when a unique key (such as an email) is taken.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The domain events raised by the aggregates loaded or added in this unit of work and not yet saved (saving
    /// clears them), oldest first. The audit trail reads them just before the save.
    /// </summary>
    IReadOnlyList<IDomainEvent> PendingDomainEvents();

    /// <summary>Forgets everything loaded or changed so far, so that a command can be retried from scratch.</summary>
    void Reset();
}
