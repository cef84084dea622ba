namespace Auth.Domain.Primitives;

/// <summary>
/// Base of every aggregate: identity, timestamps, an optimistic-concurrency <see cref="Version"/> that the
/// persistence layer increments on every save, and the domain events raised since it was loaded.
/// </summary>
public abstract class AggregateRoot<TId> : IHasDomainEvents, IVersioned
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

    public bool NeedsNewVersion { get; private set; }

    /// <summary>After a save: forgets the events raised and the demand for a new version.</summary>
    public void ClearDomainEvents()
    {
        _domainEvents.Clear();
        NeedsNewVersion = false;
    }

    protected void MarkUpdated(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>
    /// For a change whose rule read more of this aggregate than it writes (an unlink checks that another way to sign in
    /// remains): the save writes a new version even when no stored field changed, so a concurrent change under the
    /// same rule conflicts instead of both passing the check.
    /// </summary>
    protected void DemandNewVersion() => NeedsNewVersion = true;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
