using Auth.Domain.Users;

namespace Auth.Domain.OneTimePasswords;

/// <summary>Which accounts may be sent a code of which type. Callers answer the same either way, so nobody learns which emails exist.</summary>
public static class OtpEligibility
{
    public static bool Allows(User? user, OtpType type, DateTimeOffset now) => user switch
    {
        null or { IsDeleted: true } => false,
        _ when user.IsLockedAt(now) && type == OtpType.SignIn => false,
        _ => type switch
        {
            OtpType.EmailVerification => !user.IsEmailVerified,
            OtpType.PasswordReset => user.HasPassword,
            OtpType.PasswordChange => user.HasPassword,
            OtpType.SignIn => true,
            _ => false,
        },
    };
}
