using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record PasskeyRemoved(PasskeyId PasskeyId, UserId UserId, string Name, DateTimeOffset OccurredAt) : IDomainEvent;
