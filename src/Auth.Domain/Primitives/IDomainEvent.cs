namespace Auth.Domain.Primitives;

/// <summary>Something that happened to an aggregate that other parts of the system may react to (audit, mail).</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
