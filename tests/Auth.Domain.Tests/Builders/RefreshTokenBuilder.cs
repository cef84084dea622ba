using Auth.Domain.Policies;
using Auth.Domain.Sessions;

namespace Auth.Domain.Tests.Builders;

/// <summary>Issues the first refresh token of a session through <see cref="RefreshToken.Issue"/>.</summary>
internal sealed class RefreshTokenBuilder
{
    public const string TokenHash = "refresh-token-hash-1";

    private readonly Session _session;
    private string _tokenHash = TokenHash;
    private RefreshTokenPolicy _policy = RefreshTokenPolicy.Default;
    private DateTimeOffset _at;

    private RefreshTokenBuilder(Session session)
    {
        _session = session;
        _at = session.CreatedAt;
    }

    public static RefreshTokenBuilder For(Session session) => new(session);

    public RefreshTokenBuilder WithHash(string tokenHash)
    {
        _tokenHash = tokenHash;
        return this;
    }

    public RefreshTokenBuilder WithPolicy(RefreshTokenPolicy policy)
    {
        _policy = policy;
        return this;
    }

    public RefreshTokenBuilder IssuedAt(DateTimeOffset at)
    {
        _at = at;
        return this;
    }

    public RefreshToken Build() => RefreshToken.Issue(_session, _tokenHash, _policy, _at);
}
