using Auth.Api.Errors;
using Auth.Application.Accounts.StartOAuth;
using Mediator;

namespace Auth.Api.Accounts;

internal static class StartOAuthEndpoint
{
    public static RouteHandlerBuilder MapStartOAuth(this RouteGroupBuilder group) =>
        group.MapGet("/oauth/{provider}/start",
                async (string provider, string? redirectUri, string? state, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new StartOAuthCommand(provider, redirectUri ?? "", state, OAuthBrowser.CallbackUri(context, provider), OAuthBrowser.Binding(context)), ct))
                .ToHttp(context, authorization => OAuthBrowser.RedirectToProvider(context, authorization)))
            .WithSummary("Start a sign-in with Google or GitHub (redirects to the provider)")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
