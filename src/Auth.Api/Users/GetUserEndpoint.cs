using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.GetUser;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class GetUserEndpoint
{
    public static RouteHandlerBuilder MapGetUser(this RouteGroupBuilder group) =>
        group.MapGet("/users/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new GetUserQuery(new UserId(id)), ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("One user with lockout and deletion details (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<AdminUserDto>();
}
