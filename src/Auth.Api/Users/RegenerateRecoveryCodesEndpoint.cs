using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.RegenerateRecoveryCodes;
using Mediator;

namespace Auth.Api.Users;

internal static class RegenerateRecoveryCodesEndpoint
{
    public sealed record Request(string? Code);

    public static RouteHandlerBuilder MapRegenerateRecoveryCodes(this RouteGroupBuilder group) =>
        group.MapPost("/two-factor/recovery-codes", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RegenerateRecoveryCodesCommand(context.User.UserId(), request.Code ?? ""), ct))
                .ToHttp(context, codes => TypedResults.Ok(codes)))
            .WithSummary("Replace the recovery codes, confirmed by an authenticator code; the old ones stop working")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<RecoveryCodesDto>();
}
