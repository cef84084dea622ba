using FluentValidation;

namespace Auth.Application.Accounts.StartOAuth;

public sealed class StartOAuthCommandValidator : AbstractValidator<StartOAuthCommand>
{
    public const int MaxRedirectUriLength = 2048;
    public const int MaxAppStateLength = 512;

    public StartOAuthCommandValidator()
    {
        RuleFor(c => c.Provider).NotEmpty().MaximumLength(32);
        RuleFor(c => c.RedirectUri).ValidAppRedirectUri("redirectUri");
        RuleFor(c => c.AppState).ValidAppState();
    }

    /// <summary>Absolute, and not a local path (on Unix "/cb" parses as file:///cb).</summary>
    public static bool IsAbsolute(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && !parsed.IsFile && !parsed.IsUnc;
}
