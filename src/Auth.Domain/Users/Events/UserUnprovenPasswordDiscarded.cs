using Auth.Domain.Primitives;

namespace Auth.Domain.Users.Events;

/// <summary>A code sign-in was the first proof of the mailbox, so the password someone set before it was removed.</summary>
public sealed record UserUnprovenPasswordDiscarded(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
