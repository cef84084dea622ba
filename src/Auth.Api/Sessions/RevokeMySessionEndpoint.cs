using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Sessions.RevokeMySession;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Api.Sessions;

internal static class RevokeMySessionEndpoint
{
    public static RouteHandlerBuilder MapRevokeMySession(this RouteGroupBuilder group) =>
        group.MapDelete("/sessions/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RevokeMySessionCommand(context.User.UserId(), new SessionId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("End one of the caller's sessions")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
