using Auth.Domain.Primitives;

namespace Auth.Domain.Sessions;

public static class SessionErrors
{
    /// <summary>Unknown, expired or revoked session: the caller must sign in again.</summary>
    public static readonly Error NotActive = new(ErrorCodes.Unauthorized, "The session has ended; sign in again.", ErrorKind.Unauthorized);

    public static readonly Error NotFound = new(ErrorCodes.NotFound, "The session does not exist.", ErrorKind.NotFound);
}
