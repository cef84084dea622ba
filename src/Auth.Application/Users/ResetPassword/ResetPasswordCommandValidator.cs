using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Users.ResetPassword;

public sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).ValidOtpCode();
        RuleFor(c => c.NewPassword).ValidNewPassword();
    }
}
