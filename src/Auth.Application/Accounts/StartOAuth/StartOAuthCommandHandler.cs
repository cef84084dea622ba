using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.StartOAuth;

public sealed class StartOAuthCommandHandler(IOAuthProviderCatalog providers, OAuthFlows flows, OAuthSettings settings, TimeProvider clock)
    : ICommandHandler<StartOAuthCommand, Result<OAuthAuthorization>>
{
    public async ValueTask<Result<OAuthAuthorization>> Handle(StartOAuthCommand command, CancellationToken cancellationToken)
    {
        var provider = providers.Find(command.Provider);
        if (provider is null) return AccountErrors.ProviderNotFound;
        if (!settings.AllowedRedirectUris.Allows(command.RedirectUri)) return AccountErrors.RedirectUriNotAllowed;

        var now = clock.GetUtcNow();
        var flow = await flows.BeginAsync(
            provider.Provider, command.RedirectUri, command.AppState, command.CallbackUri, command.BrowserBinding, now, cancellationToken);
        var uri = provider.BuildAuthorizationUri(
            new OAuthAuthorizationRequest(command.CallbackUri, flow.State, Pkce.Challenge(flow.CodeVerifier), flow.Nonce));
        return new OAuthAuthorization(uri, flow.BrowserBinding, flow.ExpiresAt - now);
    }
}
