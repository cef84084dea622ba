using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserTotpEnabled(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
