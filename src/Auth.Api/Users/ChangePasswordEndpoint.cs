using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users.ChangePassword;
using Mediator;

namespace Auth.Api.Users;

internal static class ChangePasswordEndpoint
{
    public sealed record Request(string? CurrentPassword, string? NewPassword, string? Code);

    public static RouteHandlerBuilder MapChangePassword(this RouteGroupBuilder group) =>
        group.MapPost("/password/change", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new ChangePasswordCommand(
                        context.User.UserId(), context.User.SessionId(), request.CurrentPassword ?? "", request.NewPassword ?? "", request.Code ?? ""),
                    ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Change the password (current password and emailed code)")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent);
}
