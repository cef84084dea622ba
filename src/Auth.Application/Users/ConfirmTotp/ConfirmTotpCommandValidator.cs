using FluentValidation;

namespace Auth.Application.Users.ConfirmTotp;

public sealed class ConfirmTotpCommandValidator : AbstractValidator<ConfirmTotpCommand>
{
    public ConfirmTotpCommandValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(32);
}
