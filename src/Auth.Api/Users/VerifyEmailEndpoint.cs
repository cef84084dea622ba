using Auth.Api.Errors;
using Auth.Api.RateLimiting;
using Auth.Application.Users;
using Auth.Application.Users.VerifyEmail;
using Mediator;

namespace Auth.Api.Users;

internal static class VerifyEmailEndpoint
{
    public sealed record Request(string? Email, string? Code) : IAccountRequest;

    public static RouteHandlerBuilder MapVerifyEmail(this RouteGroupBuilder group) =>
        group.MapPost("/email/verify", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new VerifyEmailCommand(request.Email ?? "", request.Code ?? ""), ct))
                .ToHttp(context, user => TypedResults.Ok(user)))
            .WithSummary("Verify the email address with the emailed code")
            .Produces<UserDto>();
}
