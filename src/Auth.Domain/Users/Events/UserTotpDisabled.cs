using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserTotpDisabled(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
