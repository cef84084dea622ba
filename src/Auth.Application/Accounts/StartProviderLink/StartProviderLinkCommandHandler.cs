using Auth.Application.Abstractions.OAuth;
using Auth.Application.Accounts.StartOAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.StartProviderLink;

public sealed class StartProviderLinkCommandHandler(IOAuthProviderCatalog providers, OAuthFlows flows, TimeProvider clock)
    : ICommandHandler<StartProviderLinkCommand, Result<OAuthAuthorization>>
{
    public async ValueTask<Result<OAuthAuthorization>> Handle(StartProviderLinkCommand command, CancellationToken cancellationToken)
    {
        var provider = providers.Find(command.Provider);
        if (provider is null) return AccountErrors.ProviderNotFound;
        return await flows.AuthorizeAsync(
            provider, command.AccountPageUri.AbsoluteUri, null, command.CallbackUri, command.BrowserBinding, command.UserId, clock.GetUtcNow(), cancellationToken);
    }
}
