using Auth.Api.Errors;
using Auth.Api.RateLimiting;
using Auth.Application.Users.ForgotPassword;
using Mediator;

namespace Auth.Api.Users;

internal static class ForgotPasswordEndpoint
{
    public sealed record Request(string? Email) : IAccountRequest;

    public static RouteHandlerBuilder MapForgotPassword(this RouteGroupBuilder group) =>
        group.MapPost("/password/forgot", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ForgotPasswordCommand(request.Email ?? ""), ct))
                .ToHttp(context, () => TypedResults.Accepted((string?)null)))
            .WithSummary("Email a password-reset code")
            .Produces(StatusCodes.Status202Accepted);
}
