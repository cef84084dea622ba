using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Sessions.SignOut;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignOutEndpoint
{
    public static RouteHandlerBuilder MapSignOut(this RouteGroupBuilder group) =>
        group.MapPost("/sign-out", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SignOutCommand(context.User.SessionId()), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("End the current session")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent);
}
