using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Users.VerifyEmail;

public sealed class VerifyEmailCommandValidator : AbstractValidator<VerifyEmailCommand>
{
    public VerifyEmailCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).ValidOtpCode();
    }
}
