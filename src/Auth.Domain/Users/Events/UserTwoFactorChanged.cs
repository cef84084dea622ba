using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserTwoFactorChanged(UserId UserId, bool Enabled, DateTimeOffset OccurredAt) : IDomainEvent;
