using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserDeleted(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
