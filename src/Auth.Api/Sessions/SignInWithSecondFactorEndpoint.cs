using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Application.Sessions.SignInWithSecondFactor;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignInWithSecondFactorEndpoint
{
    public sealed record Request(string? Challenge, string? Method, string? Code, [property: OptionalMember] string? Mode);

    public static RouteHandlerBuilder MapSignInWithSecondFactor(this RouteGroupBuilder group) =>
        group.MapPost("/sign-in/two-factor", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new SignInWithSecondFactorCommand(
                        request.Challenge ?? "", request.Method ?? "", request.Code ?? "", SignInModeParser.Parse(request.Mode), context.ClientInfo()),
                    ct))
                .ToHttp(context))
            .WithSummary("Finish a sign-in with the first step's challenge and a second-factor code (totp, recovery or email)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesSignIn();
}
