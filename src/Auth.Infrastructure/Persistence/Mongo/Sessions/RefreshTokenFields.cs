namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>Field names of a <c>refresh_tokens</c> document.</summary>
internal static class RefreshTokenFields
{
    public const string UserId = "userId";
    public const string SessionId = "sessionId";
    public const string TokenHash = "tokenHash";
    public const string ExpiresAt = "expiresAt";
    public const string IsRevoked = "isRevoked";
    public const string RevokedAt = "revokedAt";
    public const string ReplacedByTokenHash = "replacedByTokenHash";
}
