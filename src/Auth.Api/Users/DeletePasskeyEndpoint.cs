using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users.DeletePasskey;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class DeletePasskeyEndpoint
{
    public static RouteHandlerBuilder MapDeletePasskey(this RouteGroupBuilder group) =>
        group.MapDelete("/passkeys/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new DeletePasskeyCommand(context.User.UserId(), new PasskeyId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Delete one of the caller's passkeys (409 when it is the last way left to sign in); the owner is notified")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status204NoContent);
}
