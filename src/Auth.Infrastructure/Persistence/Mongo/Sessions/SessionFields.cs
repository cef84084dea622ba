namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>Field names of a <c>sessions</c> document.</summary>
internal static class SessionFields
{
    public const string UserId = "userId";
    public const string TokenHash = "tokenHash";
    public const string Ip = "ip";
    public const string UserAgent = "userAgent";
    public const string IsActive = "isActive";
    public const string LastUsedAt = "lastUsedAt";
    public const string ExpiresAt = "expiresAt";
    public const string AbsoluteExpiresAt = "absoluteExpiresAt";
    public const string RevokedAt = "revokedAt";
    public const string RevocationReason = "revocationReason";

    /// <summary>The refresh-token chain, an array of <see cref="RefreshTokenFields"/> documents.</summary>
    public const string RefreshTokens = "refreshTokens";
}
