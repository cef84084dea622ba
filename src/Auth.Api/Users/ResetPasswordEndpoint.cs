using Auth.Api.Errors;
using Auth.Api.RateLimiting;
using Auth.Application.Users.ResetPassword;
using Mediator;

namespace Auth.Api.Users;

internal static class ResetPasswordEndpoint
{
    public sealed record Request(string? Email, string? Code, string? NewPassword) : IAccountRequest;

    public static RouteHandlerBuilder MapResetPassword(this RouteGroupBuilder group) =>
        group.MapPost("/password/reset", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ResetPasswordCommand(request.Email ?? "", request.Code ?? "", request.NewPassword ?? ""), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Set a new password with the emailed reset code")
            .Produces(StatusCodes.Status204NoContent);
}
