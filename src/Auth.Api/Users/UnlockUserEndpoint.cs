using Auth.Api.Errors;
using Auth.Application.Users.UnlockUser;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class UnlockUserEndpoint
{
    public static RouteHandlerBuilder MapUnlockUser(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/unlock", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new UnlockUserCommand(new UserId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Clear a user's lockout (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
