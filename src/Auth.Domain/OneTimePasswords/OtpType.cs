namespace Auth.Domain.OneTimePasswords;

/// <summary>What a one-time code proves. A code of one type never works for another.</summary>
public enum OtpType
{
    SignIn,
    EmailVerification,
    PasswordReset,
    PasswordChange,
}
