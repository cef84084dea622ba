using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserRegistered(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
