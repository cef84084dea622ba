using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions;

/// <summary>
/// A single-use refresh token of one session (its family). Stored only as a hash. Rotation revokes it and
/// records its successor; presenting it again after that is reuse.
/// </summary>
public sealed class RefreshToken : AggregateRoot<RefreshTokenId>
{
    public const int MaxTokenHashLength = 128;

    private RefreshToken(RefreshTokenId id, UserId userId, SessionId sessionId, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
        : base(id, now)
    {
        UserId = userId;
        SessionId = sessionId;
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
    }

    private RefreshToken() { }

    public UserId UserId { get; private set; }

    public SessionId SessionId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsRevoked { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? ReplacedByTokenHash { get; private set; }

    public bool IsRotated => ReplacedByTokenHash is not null;

    /// <summary>Issues the first token of a session. It never outlives the session.</summary>
    public static RefreshToken Issue(Session session, string tokenHash, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        var expiresAt = now + policy.Lifetime;
        if (session.AbsoluteExpiresAt < expiresAt) expiresAt = session.AbsoluteExpiresAt;
        return new RefreshToken(RefreshTokenId.New(now), session.UserId, session.Id, tokenHash, expiresAt, now);
    }

    public bool IsUsableAt(DateTimeOffset now) => !IsRevoked && now < ExpiresAt;

    /// <summary>
    /// Exchanges this token for its successor. A rotated token presented again is reuse
    /// (<see cref="RefreshTokenErrors.Reused"/>) unless it comes within the policy's grace window, which only
    /// refuses it.
    /// </summary>
    public Result<RefreshToken> Rotate(Session session, string newTokenHash, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(newTokenHash);
        if (session.Id != SessionId) throw new ArgumentException("The session is not this token's family.", nameof(session));
        if (IsRotated)
            return RevokedAt is { } rotatedAt && now - rotatedAt < policy.ReuseGrace
                ? RefreshTokenErrors.Invalid
                : RefreshTokenErrors.Reused;
        if (!IsUsableAt(now) || !session.IsActiveAt(now)) return RefreshTokenErrors.Invalid;

        IsRevoked = true;
        RevokedAt = now;
        ReplacedByTokenHash = newTokenHash;
        MarkUpdated(now);
        return Issue(session, newTokenHash, policy, now);
    }

    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked) return;
        IsRevoked = true;
        RevokedAt = now;
        MarkUpdated(now);
    }
}
