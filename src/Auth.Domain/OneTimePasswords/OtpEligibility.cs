using Auth.Domain.Users;

namespace Auth.Domain.OneTimePasswords;

/// <summary>
/// Which accounts may be sent a code of which type on request. Callers answer the same either way, so nobody
/// learns which emails exist. With two-factor on, sign-in codes come only after the password (so a code alone
/// never signs in). A local account whose unproven password was discarded may reset it: that is how its owner sets one.
/// </summary>
public static class OtpEligibility
{
    public static bool Allows(User? user, OtpType type, DateTimeOffset now) => user switch
    {
        null or { IsDeleted: true } => false,
        _ when user.IsLockedAt(now) && type == OtpType.SignIn => false,
        _ => type switch
        {
            OtpType.EmailVerification => !user.IsEmailVerified,
            OtpType.PasswordReset => user.HasPassword || user.Provider == AuthProvider.Local,
            OtpType.PasswordChange => user.HasPassword,
            OtpType.SignIn => !user.TwoFactorEnabled,
            _ => false,
        },
    };
}
