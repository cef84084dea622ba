using FluentValidation;

namespace Auth.Application.Accounts.StartProviderLink;

public sealed class StartProviderLinkCommandValidator : AbstractValidator<StartProviderLinkCommand>
{
    public StartProviderLinkCommandValidator() => RuleFor(c => c.Provider).NotEmpty().MaximumLength(32);
}
