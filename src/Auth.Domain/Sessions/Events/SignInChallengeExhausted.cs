using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions.Events;

/// <summary>Wrong second-factor codes ended a sign-in challenge: someone who knew the password failed the second step.</summary>
public sealed record SignInChallengeExhausted(SignInChallengeId ChallengeId, UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
