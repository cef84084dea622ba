using Auth.Application.Accounts.StartOAuth;
using FluentValidation;

namespace Auth.Application.Accounts.HandOffToApp;

public sealed class HandOffToAppCommandValidator : AbstractValidator<HandOffToAppCommand>
{
    public HandOffToAppCommandValidator()
    {
        RuleFor(c => c.ReturnTo)
            .NotEmpty().WithMessage("returnTo is required.")
            .MaximumLength(StartOAuthCommandValidator.MaxRedirectUriLength)
            .Must(StartOAuthCommandValidator.IsAbsolute).WithMessage("returnTo must be an absolute URI.");
        RuleFor(c => c.AppState)
            .MaximumLength(StartOAuthCommandValidator.MaxAppStateLength)
            .Must(s => s is null || !s.Any(char.IsControl)).WithMessage("state must not contain control characters.");
    }
}
