using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Sessions.SignInWithOtp;

public sealed class SignInWithOtpCommandValidator : AbstractValidator<SignInWithOtpCommand>
{
    public SignInWithOtpCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).ValidOtpCode();
        RuleFor(c => c.Mode).IsInEnum();
    }
}
