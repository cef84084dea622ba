using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Sessions.SignIn;

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).PresentedPassword();
        RuleFor(c => c.Mode).IsInEnum();
    }
}
