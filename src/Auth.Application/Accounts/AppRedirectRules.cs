using Auth.Application.Accounts.StartOAuth;
using FluentValidation;

namespace Auth.Application.Accounts;

/// <summary>
/// The field rules of an app's way back, judged the same whether it comes as an OAuth <c>redirectUri</c> or as the hosted
/// pages' <c>returnTo</c>: an absolute, bounded address, and a bounded <c>state</c> without control characters.
/// </summary>
public static class AppRedirectRules
{
    /// <param name="field">The field's name as the caller sent it, for the messages.</param>
    public static IRuleBuilderOptions<T, string> ValidAppRedirectUri<T>(this IRuleBuilder<T, string> rule, string field) =>
        rule.NotEmpty().WithMessage($"{field} is required.")
            .MaximumLength(StartOAuthCommandValidator.MaxRedirectUriLength)
            .Must(StartOAuthCommandValidator.IsAbsolute).WithMessage($"{field} must be an absolute URI.");

    public static IRuleBuilderOptions<T, string?> ValidAppState<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(StartOAuthCommandValidator.MaxAppStateLength)
            .Must(s => s is null || !s.Any(char.IsControl)).WithMessage("state must not contain control characters.");
}
