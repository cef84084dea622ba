using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.ConfirmTotp;
using Mediator;

namespace Auth.Api.Users;

internal static class ConfirmTotpEndpoint
{
    public sealed record Request(string? Code);

    public static RouteHandlerBuilder MapConfirmTotp(this RouteGroupBuilder group) =>
        group.MapPost("/two-factor/totp/confirm", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ConfirmTotpCommand(context.User.UserId(), request.Code ?? ""), ct))
                .ToHttp(context, codes => TypedResults.Ok(codes)))
            .WithSummary("Turn the authenticator app on with a code from it; answers the recovery codes, shown once")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<RecoveryCodesDto>();
}
