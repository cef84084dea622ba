using Auth.Application.Users;

namespace Auth.Application.Sessions;

/// <summary>The answer of a session-mode sign-in.</summary>
public sealed record SessionTokenGrant(string SessionToken, DateTimeOffset ExpiresAt, Guid SessionId, UserDto User)
{
    /// <summary>The sign-in mode this answers (<c>session</c>), so a client tells it from a <see cref="TokenPair"/> without guessing.</summary>
    public string Mode => SignInModes.Session;

    public override string ToString() => $"SessionTokenGrant {{ SessionId = {SessionId}, SessionToken = *** }}";
}
