using FluentValidation;

namespace Auth.Application.Accounts.StartOAuth;

public sealed class StartOAuthCommandValidator : AbstractValidator<StartOAuthCommand>
{
    public const int MaxRedirectUriLength = 2048;
    public const int MaxAppStateLength = 512;

    public StartOAuthCommandValidator()
    {
        RuleFor(c => c.Provider).NotEmpty().MaximumLength(32);
        RuleFor(c => c.RedirectUri)
            .NotEmpty().WithMessage("redirectUri is required.")
            .MaximumLength(MaxRedirectUriLength)
            .Must(uri => Uri.TryCreate(uri, UriKind.Absolute, out _)).WithMessage("redirectUri must be an absolute URI.");
        RuleFor(c => c.AppState)
            .MaximumLength(MaxAppStateLength)
            .Must(s => s is null || !s.Any(char.IsControl)).WithMessage("state must not contain control characters.");
    }
}
