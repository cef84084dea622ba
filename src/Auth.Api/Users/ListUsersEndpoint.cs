using Auth.Api.Errors;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Users;
using Auth.Application.Users.ListUsers;
using Mediator;

namespace Auth.Api.Users;

internal static class ListUsersEndpoint
{
    public static RouteHandlerBuilder MapListUsers(this RouteGroupBuilder group) =>
        group.MapGet("/users", async (int? page, int? pageSize, string? role, bool? deleted, string? q, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListUsersQuery(page ?? 1, pageSize ?? 20, role, deleted, q), ct))
                .ToHttp(context, users => TypedResults.Ok(users)))
            .WithSummary("List users (admin)")
            .Produces<PagedList<AdminUserDto>>();
}
