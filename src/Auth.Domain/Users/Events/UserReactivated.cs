using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserReactivated(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
