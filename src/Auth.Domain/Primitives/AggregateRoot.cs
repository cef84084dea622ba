namespace Auth.Domain.Primitives;

/// <summary>
/// Base of every aggregate: identity, timestamps, an optimistic-concurrency <see cref="Version"/> that the
/// persistence layer increments on every save, and the domain events raised since it was loaded.
/// </summary>
public abstract class AggregateRoot<TId> : IHasDomainEvents
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected AggregateRoot(TId id, DateTimeOffset createdAt)
    {
        Id = id;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    /// <summary>For materialisation by persistence only.</summary>
    protected AggregateRoot() { }

    public TId Id { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void MarkUpdated(DateTimeOffset now) => UpdatedAt = now;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
