using FluentValidation;

namespace Auth.Application.Users.DisableTotp;

public sealed class DisableTotpCommandValidator : AbstractValidator<DisableTotpCommand>
{
    public DisableTotpCommandValidator() =>
        RuleFor(c => c)
            .Must(c => string.IsNullOrEmpty(c.Password) != string.IsNullOrEmpty(c.Code))
            .WithName("password")
            .WithMessage("Give either the password or an authenticator code.");
}
