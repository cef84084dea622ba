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

    public override string ToString() => $"TokenPair {{ SessionId = {SessionId}, AccessToken = ***, RefreshToken = *** }}";
}
