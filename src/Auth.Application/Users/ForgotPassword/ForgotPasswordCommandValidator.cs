using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Users.ForgotPassword;

public sealed class ForgotPasswordCommandValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
