using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserSecondFactorsReset(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
