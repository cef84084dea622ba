using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

public sealed record PasskeyCounterRegressed(PasskeyId PasskeyId, UserId UserId, long StoredCount, long PresentedCount, DateTimeOffset OccurredAt) : IDomainEvent;
