using Auth.Api.Errors;
using Auth.Api.RateLimiting;
using Auth.Application.Users;
using Auth.Application.Users.SignUp;
using Mediator;

namespace Auth.Api.Users;

internal static class SignUpEndpoint
{
    public sealed record Request(string? Name, string? Email, string? Password) : IAccountRequest;

    public static RouteHandlerBuilder MapSignUp(this RouteGroupBuilder group) =>
        group.MapPost("/sign-up", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SignUpCommand(request.Name ?? "", request.Email ?? "", request.Password ?? ""), ct))
                .ToHttp(context, user => TypedResults.Created("/api/v1/users/me", user)))
            .WithSummary("Create a local account and email a verification code")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<UserDto>(StatusCodes.Status201Created);
}
