using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserUnlocked(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
