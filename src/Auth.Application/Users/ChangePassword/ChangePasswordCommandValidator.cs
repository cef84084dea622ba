using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Users.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).PresentedPassword();
        RuleFor(c => c.NewPassword).ValidNewPassword();
        RuleFor(c => c.Code).ValidOtpCode();
    }
}
