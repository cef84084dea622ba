using Auth.Application.Validation;
using Auth.Domain.OneTimePasswords;
using FluentValidation;

namespace Auth.Application.OneTimePasswords.SendOtp;

public sealed class SendOtpCommandValidator : AbstractValidator<SendOtpCommand>
{
    /// <summary>A password-change code needs a signed-in user, so it has its own endpoint.</summary>
    private static readonly string[] PublicTypes = [OtpTypeNames.EmailVerification, OtpTypeNames.SignIn, OtpTypeNames.PasswordReset];

    public SendOtpCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Type).Must(t => PublicTypes.Contains(t))
            .WithMessage($"Type must be one of: {string.Join(", ", PublicTypes)}.");
    }
}
