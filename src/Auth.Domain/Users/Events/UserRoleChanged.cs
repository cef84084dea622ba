using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserRoleChanged(UserId UserId, Role From, Role To, DateTimeOffset OccurredAt) : IDomainEvent;
