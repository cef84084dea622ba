namespace Auth.Domain.OneTimePasswords;

/// <summary>The names the contract and the stored schemas use for <see cref="OtpType"/>.</summary>
public static class OtpTypeNames
{
    public const string SignIn = "signin";
    public const string EmailVerification = "email-verification";
    public const string PasswordReset = "password-reset";
    public const string PasswordChange = "password-change";

    public static string ToWireName(this OtpType type) => type switch
    {
        OtpType.SignIn => SignIn,
        OtpType.EmailVerification => EmailVerification,
        OtpType.PasswordReset => PasswordReset,
        OtpType.PasswordChange => PasswordChange,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string? value, out OtpType type)
    {
        type = value switch
        {
            SignIn => OtpType.SignIn,
            EmailVerification => OtpType.EmailVerification,
            PasswordReset => OtpType.PasswordReset,
            PasswordChange => OtpType.PasswordChange,
            _ => (OtpType)(-1),
        };
        return Enum.IsDefined(type);
    }
}
