using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Accounts.Events;

public sealed record AccountLinked(AccountId AccountId, UserId UserId, AuthProvider Provider, string ProviderAccountId, DateTimeOffset OccurredAt)
    : IDomainEvent;
