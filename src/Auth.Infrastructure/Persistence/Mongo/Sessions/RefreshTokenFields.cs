namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>Field names of a link of a session's refresh-token chain (<see cref="SessionFields.RefreshTokens"/>).</summary>
internal static class RefreshTokenFields
{
    public const string Id = "_id";
    public const string UserId = "userId";
    public const string SessionId = "sessionId";
    public const string TokenHash = "tokenHash";
    public const string ExpiresAt = "expiresAt";
    public const string IsRevoked = "isRevoked";
    public const string RevokedAt = "revokedAt";
    public const string ReplacedByTokenHash = "replacedByTokenHash";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
}
