using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserRecoveryCodesRegenerated(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
