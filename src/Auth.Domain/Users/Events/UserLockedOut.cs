using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserLockedOut(UserId UserId, DateTimeOffset LockedUntil, DateTimeOffset OccurredAt) : IDomainEvent;
