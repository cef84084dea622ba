using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Builders;

/// <summary>Builds sessions started at <see cref="TestTime.Now"/> through <see cref="Session.Start"/>.</summary>
internal sealed class SessionBuilder
{
    public const string TokenHash = "session-token-hash";
    public const string Ip = "203.0.113.7";
    public const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";
    public static readonly UserId UserId = new(Guid.Parse("0195521a-6c00-7000-8000-000000000001"));

    private SessionPolicy _policy = SessionPolicy.Default;
    private string? _ip = Ip;
    private string? _userAgent = UserAgent;
    private SessionRevocationReason? _revokedFor;

    private SessionBuilder() { }

    public static SessionBuilder Started() => new();

    public SessionBuilder WithPolicy(SessionPolicy policy)
    {
        _policy = policy;
        return this;
    }

    public SessionBuilder From(string? ip, string? userAgent)
    {
        _ip = ip;
        _userAgent = userAgent;
        return this;
    }

    /// <summary>Revoked at the start instant, like a sign-out right after sign-in.</summary>
    public SessionBuilder Revoked(SessionRevocationReason reason = SessionRevocationReason.SignedOut)
    {
        _revokedFor = reason;
        return this;
    }

    public Session Build()
    {
        var session = Session.Start(UserId, TokenHash, _ip, _userAgent, _policy, TestTime.Now);
        if (_revokedFor is { } reason) session.Revoke(reason, TestTime.Now);
        session.ClearDomainEvents();
        return session;
    }
}
