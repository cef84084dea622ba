using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions.Events;

public sealed record RefreshTokenReuseDetected(SessionId SessionId, UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
