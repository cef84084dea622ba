using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Accounts.ExchangeOAuthCode;

public sealed class ExchangeOAuthCodeCommandValidator : AbstractValidator<ExchangeOAuthCodeCommand>
{
    public ExchangeOAuthCodeCommandValidator()
    {
        RuleFor(c => c.Code).ValidOpaqueToken();
        RuleFor(c => c.Mode).IsInEnum();
    }
}
