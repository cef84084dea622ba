using FluentValidation;

namespace Auth.Application.Accounts.UnlinkAccount;

public sealed class UnlinkAccountCommandValidator : AbstractValidator<UnlinkAccountCommand>
{
    public UnlinkAccountCommandValidator() => RuleFor(c => c.Provider).NotEmpty().MaximumLength(32);
}
