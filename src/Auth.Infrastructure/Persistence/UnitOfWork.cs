using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Infrastructure.Persistence.Postgres;
using Auth.Infrastructure.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// Saves the scope's <see cref="AuthDbContext"/> in one transaction. The context stamps each changed aggregate's
/// Version (original + 1); a stale Version or a taken unique key come back as the Application's exceptions.
/// </summary>
/// <param name="singleStatement">On PostgreSQL, a save of several rows commits in one round trip; null elsewhere.</param>
internal sealed class UnitOfWork(AuthDbContext db, ReadOnlyUserSnapshots snapshots, SingleStatementSave? singleStatement = null) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        snapshots.Forget();
        try
        {
            var saved = singleStatement is not null && await singleStatement.TrySaveAsync(db, cancellationToken).ConfigureAwait(false);
            if (!saved) await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw StaleVersion(exception.Entries, exception);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            throw TakenUniqueKey(exception.Entries, exception);
        }
        catch (Exception exception) when (DatabaseErrors.IsLostLockRace(exception))
        {
            throw new ConcurrencyConflictException("The database ended the save to break a deadlock with another request.", exception);
        }

        AggregateRootEntries.ClearDomainEvents(db.ChangeTracker);
    }

    public IReadOnlyList<IDomainEvent> PendingDomainEvents() => AggregateRootEntries.PendingDomainEvents(db.ChangeTracker);

    /// <summary>Forgets every tracked aggregate and every staged audit entry.</summary>
    public void Reset()
    {
        db.ChangeTracker.Clear();
        snapshots.Forget();
    }

    /// <summary>A save that found a row changed since it was loaded (EF Core's, or <see cref="SingleStatementSave"/>'s).</summary>
    internal static ConcurrencyConflictException StaleVersion(IReadOnlyList<EntityEntry> entries, Exception cause) =>
        new($"{Describe(entries)} was changed by another request since it was loaded.", cause);

    /// <summary>A save that wrote a unique key another row already holds (EF Core's, or <see cref="SingleStatementSave"/>'s).</summary>
    internal static UniqueConstraintViolationException TakenUniqueKey(IReadOnlyList<EntityEntry> entries, Exception cause) =>
        new($"{Describe(entries)} has a unique key that another row already holds.", cause);

    private static string Describe(IReadOnlyList<EntityEntry> entries) =>
        entries.Count == 0 ? "A row" : string.Join(", ", entries.Select(e => e.Metadata.ClrType.Name).Distinct());
}
