using Auth.Api.Errors;
using Auth.Application.Users.RestoreUser;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class RestoreUserEndpoint
{
    public static RouteHandlerBuilder MapRestoreUser(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/restore", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RestoreUserCommand(new UserId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Restore a soft-deleted user (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
