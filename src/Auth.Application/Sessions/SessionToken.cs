using Auth.Application.Users;

namespace Auth.Application.Sessions;

/// <summary>The answer of a session-mode sign-in.</summary>
public sealed record SessionToken(string Token, DateTimeOffset ExpiresAt, Guid SessionId, UserDto User)
{
    public override string ToString() => $"SessionToken {{ SessionId = {SessionId}, Token = *** }}";
}
