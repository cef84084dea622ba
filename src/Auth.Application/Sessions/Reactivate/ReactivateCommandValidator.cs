using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Sessions.Reactivate;

public sealed class ReactivateCommandValidator : AbstractValidator<ReactivateCommand>
{
    public ReactivateCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).PresentedPassword();
        RuleFor(c => c.Mode).IsInEnum();
    }
}
