using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions;

/// <summary>
/// One link of a session's refresh-token chain, stored only as a hash: the session's current token, or one it rotated
/// away (revoked, with the hash of its successor), kept so that presenting it again is recognised as reuse. Only
/// <see cref="Session"/> issues and rotates them.
/// </summary>
public sealed class RefreshToken
{
    public const int MaxTokenHashLength = 128;

    private RefreshToken(RefreshTokenId id, UserId userId, SessionId sessionId, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        SessionId = sessionId;
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private RefreshToken() { }

    public RefreshTokenId Id { get; private set; }

    public UserId UserId { get; private set; }

    public SessionId SessionId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsRevoked { get; private set; }

    /// <summary>When it was rotated away.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public string? ReplacedByTokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsRotated => ReplacedByTokenHash is not null;

    public bool IsUsableAt(DateTimeOffset now) => !IsRevoked && now < ExpiresAt;

    /// <summary>A token never outlives its session.</summary>
    internal static RefreshToken Issue(Session session, string tokenHash, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        var expiresAt = now + policy.Lifetime;
        if (session.AbsoluteExpiresAt < expiresAt) expiresAt = session.AbsoluteExpiresAt;
        return new RefreshToken(RefreshTokenId.New(now), session.UserId, session.Id, tokenHash, expiresAt, now);
    }

    internal void RotateTo(string successorHash, DateTimeOffset now)
    {
        IsRevoked = true;
        RevokedAt = now;
        ReplacedByTokenHash = successorHash;
        UpdatedAt = now;
    }
}
