using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Api.RateLimiting;
using Auth.Application.Sessions.SignInWithOtp;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignInWithOtpEndpoint
{
    public sealed record Request(string? Email, string? Code, [property: OptionalMember] string? Mode) : IAccountRequest;

    public static RouteHandlerBuilder MapSignInWithOtp(this RouteGroupBuilder group) =>
        group.MapPost("/sign-in/otp", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new SignInWithOtpCommand(request.Email ?? "", request.Code ?? "", SignInModeParser.Parse(request.Mode), context.ClientInfo()), ct))
                .ToHttp(context))
            .WithSummary("Sign in with an emailed code (passwordless, or the second step)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesSignIn();
}
