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

        return await flows.AuthorizeAsync(
            provider, command.RedirectUri, command.AppState, command.CallbackUri, command.BrowserBinding, linkTo: null, clock.GetUtcNow(), cancellationToken);
    }
}
