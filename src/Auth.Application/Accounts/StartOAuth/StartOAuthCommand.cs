using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.StartOAuth;

/// <summary>
/// Begins a provider sign-in for an app: <paramref name="RedirectUri"/> is where the app wants the browser back,
/// <paramref name="AppState"/> the app's own opaque value to get back with it, <paramref name="CallbackUri"/> this
/// service's callback for the provider, <paramref name="BrowserBinding"/> the binding cookie the browser sent, if any.
/// </summary>
public sealed record StartOAuthCommand(string Provider, string RedirectUri, string? AppState, Uri CallbackUri, string? BrowserBinding)
    : ICommand<Result<OAuthAuthorization>>
{
    public override string ToString() => $"StartOAuthCommand {{ Provider = {Provider}, RedirectUri = {RedirectUri}, AppState = ***, BrowserBinding = *** }}";
}
