using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.SetUserRole;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class SetUserRoleEndpoint
{
    public sealed record Request(string? Role);

    public static RouteHandlerBuilder MapSetUserRole(this RouteGroupBuilder group) =>
        group.MapPut("/users/{id:guid}/role", async (Guid id, Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SetUserRoleCommand(new UserId(id), request.Role ?? ""), ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("Change a user's role (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<AdminUserDto>();
}
