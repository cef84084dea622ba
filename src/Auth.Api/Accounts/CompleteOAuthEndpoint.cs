using Auth.Api.Errors;
using Auth.Application.Accounts.CompleteOAuth;
using Mediator;

namespace Auth.Api.Accounts;

internal static class CompleteOAuthEndpoint
{
    /// <summary>The provider's redirect back: 302 to the app with <c>?code=</c> or <c>?error=</c>; problem details only when the state is unusable.</summary>
    public static RouteHandlerBuilder MapCompleteOAuth(this RouteGroupBuilder group) =>
        group.MapGet("/oauth/{provider}/callback",
                async (string provider, string? code, string? state, string? error, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new CompleteOAuthCommand(provider, code, state, error, OAuthBrowser.Binding(context)), ct))
                .ToHttp(context, redirect => TypedResults.Redirect(redirect.Location.AbsoluteUri)))
            .WithSummary("Provider callback: redirects to the app with a one-time code")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
