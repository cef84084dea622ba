using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Api.Sessions;
using Auth.Application.Accounts.ExchangeOAuthCode;
using Mediator;

namespace Auth.Api.Accounts;

internal static class ExchangeOAuthCodeEndpoint
{
    public sealed record Request(string? Code, [property: OptionalMember] string? Mode);

    public static RouteHandlerBuilder MapExchangeOAuthCode(this RouteGroupBuilder group) =>
        group.MapPost("/oauth/exchange", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new ExchangeOAuthCodeCommand(request.Code ?? "", SignInModeParser.Parse(request.Mode), context.ClientInfo()), ct))
                .ToHttp(context))
            .WithSummary("Exchange the one-time code from a provider sign-in or a hosted-pages sign-in for tokens")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesSignIn();
}
