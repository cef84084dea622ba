using FluentValidation;

namespace Auth.Application.Accounts.CompleteOAuth;

/// <summary>Bounds what the provider's redirect carries, so no huge value reaches the store or the provider.</summary>
public sealed class CompleteOAuthCommandValidator : AbstractValidator<CompleteOAuthCommand>
{
    public CompleteOAuthCommandValidator()
    {
        RuleFor(c => c.Provider).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Code).MaximumLength(2048);
        RuleFor(c => c.State).MaximumLength(256);
        RuleFor(c => c.Error).MaximumLength(256);
        RuleFor(c => c.BrowserBinding).MaximumLength(256);
    }
}
