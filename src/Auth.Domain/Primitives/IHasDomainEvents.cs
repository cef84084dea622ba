namespace Auth.Domain.Primitives;

/// <summary>What every aggregate offers whatever its id type: the events raised since it was loaded.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
