using Auth.Application.Users;

namespace Auth.Application.Sessions;

/// <summary>The answer of a session-mode sign-in.</summary>
public sealed record SessionTokenGrant(string SessionToken, DateTimeOffset ExpiresAt, Guid SessionId, UserDto User)
{
    public override string ToString() => $"SessionTokenGrant {{ SessionId = {SessionId}, SessionToken = *** }}";
}
