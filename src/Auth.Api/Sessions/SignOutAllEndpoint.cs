using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Sessions.SignOutAll;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignOutAllEndpoint
{
    public static RouteHandlerBuilder MapSignOutAll(this RouteGroupBuilder group) =>
        group.MapPost("/sign-out/all", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SignOutAllCommand(context.User.UserId()), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("End every session of the caller")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent);
}
