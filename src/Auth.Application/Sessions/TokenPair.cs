using Auth.Application.Users;

namespace Auth.Application.Sessions;

/// <summary>The answer of a token-mode sign-in or a refresh.</summary>
public sealed record TokenPair(
    string AccessToken,
    int ExpiresIn,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    Guid SessionId,
    UserDto User)
{
    public string TokenType => "Bearer";

    /// <summary>The sign-in mode this answers (<c>token</c>), so a client tells it from a <see cref="SessionTokenGrant"/> without guessing.</summary>
    public string Mode => SignInModes.Token;

    public override string ToString() => $"TokenPair {{ SessionId = {SessionId}, AccessToken = ***, RefreshToken = *** }}";
}
