using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Sessions;
using Auth.Application.Sessions.ListMySessions;
using Mediator;

namespace Auth.Api.Sessions;

internal static class ListMySessionsEndpoint
{
    public static RouteHandlerBuilder MapListMySessions(this RouteGroupBuilder group) =>
        group.MapGet("/sessions", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListMySessionsQuery(context.User.UserId(), context.User.SessionId()), ct))
                .ToHttp(context, sessions => TypedResults.Ok(sessions)))
            .WithSummary("The caller's active sessions (devices)")
            .Produces<IReadOnlyList<SessionDto>>();
}
