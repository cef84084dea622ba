using Auth.Application.Abstractions.Messaging;
using Auth.Domain.OneTimePasswords;

namespace Auth.Application.OneTimePasswords;

/// <summary>The plain-text messages that carry one-time codes.</summary>
public static class OtpEmails
{
    public static EmailMessage For(string to, OtpType type, string code, TimeSpan lifetime)
    {
        var (subject, purpose) = type switch
        {
            OtpType.EmailVerification => ("Verify your email address", "verify your email address"),
            OtpType.SignIn => ("Your sign-in code", "sign in"),
            OtpType.PasswordReset => ("Reset your password", "reset your password"),
            OtpType.PasswordChange => ("Confirm your password change", "change your password"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
        var body = $"""
            Your code to {purpose} is:

                {code}

            It expires in {(int)lifetime.TotalMinutes} minutes and works once.
            If you did not ask for it, ignore this message: nothing changes without the code.
            """;
        return new EmailMessage(to, subject, body);
    }
}
