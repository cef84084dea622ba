using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record UserSignedIn(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
