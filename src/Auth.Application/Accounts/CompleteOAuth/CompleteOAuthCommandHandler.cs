using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.CompleteOAuth;

/// <summary>
/// Takes the state (once), redeems the code at the provider, applies the linking rules, and sends the browser back
/// to the app with a one-time code. Once the state is known every failure goes back to the app as <c>?error=</c>;
/// before that there is nowhere safe to send the browser, so the failure is the answer itself.
/// </summary>
public sealed class CompleteOAuthCommandHandler(
    IOAuthProviderCatalog providers, OAuthFlows flows, ProviderAccountLinker linker, TimeProvider clock)
    : ICommandHandler<CompleteOAuthCommand, Result<OAuthRedirect>>
{
    public async ValueTask<Result<OAuthRedirect>> Handle(CompleteOAuthCommand command, CancellationToken cancellationToken)
    {
        var provider = providers.Find(command.Provider);
        if (provider is null) return AccountErrors.ProviderNotFound;
        var now = clock.GetUtcNow();
        var flow = await flows.ConsumeStateAsync(provider.Provider, command.State, command.BrowserBinding, now, cancellationToken);
        if (flow.IsFailure) return flow.Error!;

        var user = await SignInAsync(provider, flow.Value, command, now, cancellationToken);
        return user.IsSuccess
            ? AppRedirect.WithCode(flow.Value, flows.IssueExchangeCode(user.Value.Id, provider.Provider, now))
            : AppRedirect.WithError(flow.Value, user.Error!);
    }

    private async Task<Result<User>> SignInAsync(
        IOAuthProvider provider, OAuthFlowState flow, CompleteOAuthCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.Error is not null) return command.Error == AccountErrors.AccessDenied.Code ? AccountErrors.AccessDenied : AccountErrors.ProviderError;
        if (string.IsNullOrEmpty(command.Code)) return AccountErrors.ProviderError;

        var redeemed = await provider.RedeemCodeAsync(
            new OAuthCodeRedemption(command.Code, new Uri(flow.CallbackUri), flow.CodeVerifier, flow.Nonce), cancellationToken);
        if (redeemed.IsFailure) return redeemed.Error!;
        return await linker.SignInAsync(redeemed.Value, now, cancellationToken);
    }
}
