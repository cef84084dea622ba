using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.SetTwoFactor;
using Mediator;

namespace Auth.Api.Users;

internal static class SetTwoFactorEndpoint
{
    public sealed record Request(bool? Enabled);

    public static RouteHandlerBuilder MapSetTwoFactor(this RouteGroupBuilder group) =>
        group.MapPut("/two-factor", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SetTwoFactorCommand(context.User.UserId(), request.Enabled), ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("Turn emailed-code two-step sign-in on or off")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<UserDto>();
}
