using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserRecoveryCodeUsed(UserId UserId, int CodesLeft, DateTimeOffset OccurredAt) : IDomainEvent;
