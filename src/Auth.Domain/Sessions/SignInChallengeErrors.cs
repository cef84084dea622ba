using Auth.Domain.Primitives;

namespace Auth.Domain.Sessions;

public static class SignInChallengeErrors
{
    /// <summary>Unknown, used, expired or ended by wrong codes: the first step must be done again.</summary>
    public static readonly Error Invalid = new(
        ErrorCodes.TwoFactorChallengeInvalid, "The sign-in challenge is unknown, used, expired or ended; sign in again.", ErrorKind.Unauthorized);
}
