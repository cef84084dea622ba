using Auth.Api.Errors;
using Auth.Application.Sessions;
using Auth.Application.Sessions.Refresh;
using Mediator;

namespace Auth.Api.Sessions;

internal static class RefreshEndpoint
{
    public sealed record Request(string? RefreshToken);

    public static RouteHandlerBuilder MapRefresh(this RouteGroupBuilder group) =>
        group.MapPost("/refresh", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RefreshCommand(request.RefreshToken ?? ""), ct))
                .ToHttp(context, tokens => TypedResults.Ok(tokens)))
            .WithSummary("Rotate the refresh token and get a new token pair")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<TokenPair>();
}
