using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions;

/// <summary>
/// One signed-in device. Its expiry slides forward on use but never past an absolute cap. The session token
/// (stateful mode) is stored only as a hash; in token mode the session is the family of its refresh tokens.
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

    public static Session Start(UserId userId, string tokenHash, string? ip, string? userAgent, SessionPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        return new Session(SessionId.New(now), userId, tokenHash, ip, userAgent, policy, now);
    }

    public bool IsActiveAt(DateTimeOffset now) => IsActive && now < ExpiresAt;

    public Result EnsureActive(DateTimeOffset now) => IsActiveAt(now) ? Result.Success : SessionErrors.NotActive;

    /// <summary>Records use of the session and slides its expiry forward, up to the absolute cap.</summary>
    public Result Touch(DateTimeOffset now, SessionPolicy policy, string? ip = null, string? userAgent = null)
    {
        if (!IsActiveAt(now)) return SessionErrors.NotActive;
        LastUsedAt = now;
        ExpiresAt = Min(now + policy.Lifetime, AbsoluteExpiresAt);
        Ip = Truncate(ip, MaxIpLength) ?? Ip;
        UserAgent = Truncate(userAgent, MaxUserAgentLength) ?? UserAgent;
        MarkUpdated(now);
        return Result.Success;
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

    /// <summary>A rotated refresh token of this session came back: likely theft. Always reported, even when the session already ended.</summary>
    public void RevokeForTokenReuse(DateTimeOffset now)
    {
        Revoke(SessionRevocationReason.RefreshTokenReused, now);
        Raise(new RefreshTokenReuseDetected(Id, UserId, now));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];
}
