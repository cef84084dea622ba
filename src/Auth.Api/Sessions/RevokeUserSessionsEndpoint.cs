using Auth.Api.Errors;
using Auth.Application.Sessions.RevokeUserSessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Sessions;

internal static class RevokeUserSessionsEndpoint
{
    public static RouteHandlerBuilder MapRevokeUserSessions(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/sessions/revoke", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RevokeUserSessionsCommand(new UserId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("End every session of a user (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
