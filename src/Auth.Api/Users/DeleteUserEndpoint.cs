using Auth.Api.Errors;
using Auth.Application.Users.DeleteUser;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class DeleteUserEndpoint
{
    public static RouteHandlerBuilder MapDeleteUser(this RouteGroupBuilder group) =>
        group.MapDelete("/users/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new DeleteUserCommand(new UserId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Soft-delete a user (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
