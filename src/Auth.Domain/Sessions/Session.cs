using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions;

/// <summary>
/// One signed-in device. Its expiry slides forward on use but never past an absolute cap. The session token
/// (stateful mode) is stored only as a hash. In token mode the session owns its refresh-token chain and the refresh
/// rule (<see cref="Refresh"/>).
/// </summary>
public sealed class Session : AggregateRoot<SessionId>
{
    public const int MaxIpLength = 45;
    public const int MaxUserAgentLength = 512;
    public const int MaxTokenHashLength = 128;

    public static readonly TimeSpan UseRecordingInterval = TimeSpan.FromMinutes(1);

    private Session(SessionId id, UserId userId, string tokenHash, string? ip, string? userAgent, SessionPolicy policy, DateTimeOffset now)
        : base(id, now)
    {
        UserId = userId;
        TokenHash = tokenHash;
        Ip = Truncate(ip, MaxIpLength);
        UserAgent = Truncate(userAgent, MaxUserAgentLength);
        IsActive = true;
        LastUsedAt = now;
        AbsoluteExpiresAt = now + policy.AbsoluteLifetime;
        ExpiresAt = Min(now + policy.Lifetime, AbsoluteExpiresAt);
    }

    // Not readonly: the MongoDB adapter's class map assigns it when it reads a session document.
    private List<RefreshToken> _refreshTokens = [];

    private Session() { }

    public UserId UserId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public string? Ip { get; private set; }

    public string? UserAgent { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset LastUsedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset AbsoluteExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public SessionRevocationReason? RevocationReason { get; private set; }

    /// <summary>
    /// The links of the refresh-token chain loaded with the session: a store may load only the one a request presented,
    /// never less. Rotated links are forgotten once they have expired, as they can no longer be presented.
    /// </summary>
    public IReadOnlyCollection<RefreshToken> RefreshTokens => _refreshTokens;

    public static Session Start(UserId userId, string tokenHash, string? ip, string? userAgent, SessionPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        return new Session(SessionId.New(now), userId, tokenHash, ip, userAgent, policy, now);
    }

    public bool IsActiveAt(DateTimeOffset now) => IsActive && now < ExpiresAt;

    public Result EnsureActive(DateTimeOffset now) => IsActiveAt(now) ? Result.Success : SessionErrors.NotActive;

    /// <summary>Records use of the session and slides its expiry forward, up to the absolute cap.</summary>
    public Result Touch(DateTimeOffset now, SessionPolicy policy)
    {
        if (!IsActiveAt(now)) return SessionErrors.NotActive;
        LastUsedAt = now;
        ExpiresAt = Min(now + policy.Lifetime, AbsoluteExpiresAt);
        MarkUpdated(now);
        return Result.Success;
    }

    /// <summary>Starts the refresh-token chain of a token-mode sign-in.</summary>
    public RefreshToken IssueRefreshToken(string tokenHash, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        var token = RefreshToken.Issue(this, tokenHash, policy, now);
        _refreshTokens.Add(token);
        return token;
    }

    /// <summary>
    /// The refresh rule, whole. The current token is rotated: it is revoked, a successor is issued and the session
    /// slides. A token this session rotated away that comes back is reuse, likely theft: the session ends
    /// (<see cref="RefreshTokenErrors.Reused"/>), unless it comes within the policy's grace (several tabs refreshing at
    /// once), which only refuses it. An unknown or expired token, or an ended session, is refused and changes nothing.
    /// </summary>
    public Result<RefreshToken> Refresh(
        string presentedHash, string newHash, RefreshTokenPolicy tokenPolicy, SessionPolicy sessionPolicy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(newHash);
        var presented = _refreshTokens.Find(t => t.TokenHash == presentedHash);
        if (presented is null) return RefreshTokenErrors.Invalid;
        if (presented.IsRotated) return RefuseRotated(presented, tokenPolicy, now);
        if (!presented.IsUsableAt(now) || !IsActiveAt(now)) return RefreshTokenErrors.Invalid;

        presented.RotateTo(newHash, now);
        _refreshTokens.RemoveAll(t => t.IsRotated && t.ExpiresAt <= now);
        Touch(now, sessionPolicy);

        // The session's own fields may not change (the same instant, the expiry already at its cap), but the chain did:
        // a new version makes a second refresh of the same token, or a revocation, lose the race.
        DemandNewVersion();
        return IssueRefreshToken(newHash, tokenPolicy, now);
    }

    /// <summary>
    /// A request authenticated with the session token (the caller checked <see cref="EnsureActive"/>). The use is
    /// recorded at most once per <see cref="UseRecordingInterval"/>, so that reads do not turn into a write each: null
    /// while the last recorded use is recent, else what to record. The store records it with a conditional update that
    /// racing requests cannot make fail, outside any unit of work.
    /// </summary>
    public SessionUse? UseToRecord(DateTimeOffset now, SessionPolicy policy) =>
        now - LastUsedAt < UseRecordingInterval
            ? null
            : new SessionUse(Id, now, Min(now + policy.Lifetime, AbsoluteExpiresAt), now - UseRecordingInterval);

    public void Revoke(SessionRevocationReason reason, DateTimeOffset now)
    {
        if (!IsActive) return;
        IsActive = false;
        RevokedAt = now;
        RevocationReason = reason;
        MarkUpdated(now);
        Raise(new SessionRevoked(Id, UserId, reason, now));
    }

    /// <summary>Reuse is always reported, even when the session had already ended.</summary>
    private Error RefuseRotated(RefreshToken presented, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        if (now - presented.RevokedAt < policy.ReuseGrace) return RefreshTokenErrors.Invalid;
        Revoke(SessionRevocationReason.RefreshTokenReused, now);
        Raise(new RefreshTokenReuseDetected(Id, UserId, now));
        return RefreshTokenErrors.Reused;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];
}
