using FluentValidation;

namespace Auth.Application.Users.SetTwoFactor;

public sealed class SetTwoFactorCommandValidator : AbstractValidator<SetTwoFactorCommand>
{
    public SetTwoFactorCommandValidator() => RuleFor(c => c.Enabled).NotNull().WithMessage("Enabled must be true or false.");
}
