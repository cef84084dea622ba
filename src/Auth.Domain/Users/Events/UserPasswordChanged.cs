using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserPasswordChanged(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
