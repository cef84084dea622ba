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
            .Must(IsAbsolute).WithMessage("redirectUri must be an absolute URI.");
        RuleFor(c => c.AppState)
            .MaximumLength(MaxAppStateLength)
            .Must(s => s is null || !s.Any(char.IsControl)).WithMessage("state must not contain control characters.");
    }

    /// <summary>Absolute, and not a local path (on Unix "/cb" parses as file:///cb).</summary>
    public static bool IsAbsolute(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && !parsed.IsFile && !parsed.IsUnc;
}
