using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.GetMe;
using Mediator;

namespace Auth.Api.Users;

internal static class GetMeEndpoint
{
    public static RouteHandlerBuilder MapGetMe(this RouteGroupBuilder group) =>
        group.MapGet("/", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new GetMeQuery(context.User.UserId()), ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("The caller's account")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<UserDto>();
}
