using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserEmailVerified(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
