using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions.Events;

public sealed record SessionRevoked(SessionId SessionId, UserId UserId, SessionRevocationReason Reason, DateTimeOffset OccurredAt)
    : IDomainEvent;
