using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Api.RateLimiting;
using Auth.Application.Sessions.SignIn;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignInEndpoint
{
    public sealed record Request(string? Email, string? Password, [property: OptionalMember] string? Mode) : IAccountRequest;

    public static RouteHandlerBuilder MapSignIn(this RouteGroupBuilder group) =>
        group.MapPost("/sign-in", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new SignInCommand(request.Email ?? "", request.Password ?? "", SignInModeParser.Parse(request.Mode), context.ClientInfo()), ct))
                .ToHttp(context))
            .WithSummary("Sign in with email and password")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesSignIn();
}
