using FluentValidation;

namespace Auth.Application.Users.RegenerateRecoveryCodes;

public sealed class RegenerateRecoveryCodesCommandValidator : AbstractValidator<RegenerateRecoveryCodesCommand>
{
    public RegenerateRecoveryCodesCommandValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(32);
}
