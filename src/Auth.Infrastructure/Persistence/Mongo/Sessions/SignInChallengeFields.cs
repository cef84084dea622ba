namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>Field names of a <c>sign_in_challenges</c> document.</summary>
internal static class SignInChallengeFields
{
    public const string UserId = "userId";
    public const string TokenHash = "tokenHash";
    public const string ExpiresAt = "expiresAt";
    public const string FailedAttempts = "failedAttempts";
    public const string CompletedAt = "completedAt";
}
