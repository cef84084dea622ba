using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Application.Users.DisableTotp;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Users;

internal static class DisableTotpEndpoint
{
    public sealed record Request([property: OptionalMember] string? Password, [property: OptionalMember] string? Code);

    public static RouteHandlerBuilder MapDisableTotp(this RouteGroupBuilder group) =>
        group.MapDelete("/two-factor/totp", async ([FromBody] Request? request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new DisableTotpCommand(context.User.UserId(), request?.Password, request?.Code), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Turn the authenticator app off with the password or an authenticator code; the recovery codes go with it")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status423Locked)
            .Produces(StatusCodes.Status204NoContent);
}
