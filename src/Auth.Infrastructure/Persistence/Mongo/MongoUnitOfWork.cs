using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// <see cref="IUnitOfWork"/> over MongoDB: the scope's <see cref="MongoChangeTracker"/> plans the save,
/// <see cref="MongoTransactionalWriter"/> writes it, and the tracker takes note of what was written.
/// </summary>
internal sealed class MongoUnitOfWork(MongoChangeTracker tracker, MongoTransactionalWriter writer) : IUnitOfWork
{
    public IReadOnlyList<IDomainEvent> PendingDomainEvents() => tracker.PendingDomainEvents();

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var writes = tracker.PlanWrites();
        await writer.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        tracker.AcceptWrites(writes);
    }

    public void Reset() => tracker.Reset();
}
