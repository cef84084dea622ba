using Auth.Domain.Primitives;

namespace Auth.Domain.Sessions;

public static class RefreshTokenErrors
{
    public static readonly Error Invalid =
        new(ErrorCodes.RefreshTokenInvalid, "The refresh token is unknown, expired or revoked.", ErrorKind.Unauthorized);

    public static readonly Error Reused =
        new(ErrorCodes.RefreshTokenReused, "The refresh token was already used; the session has been revoked.", ErrorKind.Unauthorized);
}
