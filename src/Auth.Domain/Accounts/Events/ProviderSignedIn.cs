using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Accounts.Events;

/// <summary>A provider vouched for the user (the session itself starts when the app exchanges its one-time code).</summary>
public sealed record ProviderSignedIn(AccountId AccountId, UserId UserId, AuthProvider Provider, DateTimeOffset OccurredAt) : IDomainEvent;
