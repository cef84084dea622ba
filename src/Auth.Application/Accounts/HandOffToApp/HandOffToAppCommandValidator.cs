using FluentValidation;

namespace Auth.Application.Accounts.HandOffToApp;

public sealed class HandOffToAppCommandValidator : AbstractValidator<HandOffToAppCommand>
{
    public HandOffToAppCommandValidator()
    {
        RuleFor(c => c.ReturnTo).ValidAppRedirectUri("returnTo");
        RuleFor(c => c.AppState).ValidAppState();
    }
}
