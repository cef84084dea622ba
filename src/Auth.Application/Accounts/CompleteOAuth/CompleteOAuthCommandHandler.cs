using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.CompleteOAuth;

/// <summary>
/// Takes the state (once), redeems the code at the provider, applies the linking rules, and sends the browser back
/// to the app with a one-time code (or, when a signed-in person links the provider, back to their account page). Once the state is known every failure goes back to the app as <c>?error=</c>;
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

        var user = await SignInOrLinkAsync(provider, flow.Value, command, now, cancellationToken);
        if (user.IsFailure) return AppRedirect.WithError(flow.Value, user.Error!);
        return flow.Value.LinkUserId is null
            ? AppRedirect.WithCode(flow.Value, flows.IssueExchangeCode(user.Value.Id, provider.Provider, now))
            : AppRedirect.Linked(flow.Value);
    }

    private async Task<Result<User>> SignInOrLinkAsync(
        IOAuthProvider provider, OAuthFlowState flow, CompleteOAuthCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.Error is not null) return command.Error == AccountErrors.AccessDenied.Code ? AccountErrors.AccessDenied : AccountErrors.ProviderError;
        if (string.IsNullOrEmpty(command.Code)) return AccountErrors.ProviderError;

        var redeemed = await provider.RedeemCodeAsync(
            new OAuthCodeRedemption(command.Code, new Uri(flow.CallbackUri), flow.CodeVerifier, flow.Nonce), cancellationToken);
        if (redeemed.IsFailure) return redeemed.Error!;
        return flow.LinkUserId is { } linkTo
            ? await linker.LinkAsync(redeemed.Value, new UserId(linkTo), now, cancellationToken)
            : await linker.SignInAsync(redeemed.Value, now, cancellationToken);
    }
}
