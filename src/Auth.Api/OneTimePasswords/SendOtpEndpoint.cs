using Auth.Api.Errors;
using Auth.Api.RateLimiting;
using Auth.Application.OneTimePasswords.SendOtp;
using Mediator;

namespace Auth.Api.OneTimePasswords;

internal static class SendOtpEndpoint
{
    public sealed record Request(string? Email, string? Type) : IAccountRequest;

    public static RouteHandlerBuilder MapSendOtp(this RouteGroupBuilder group) =>
        group.MapPost("/otp/send", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new SendOtpCommand(request.Email ?? "", request.Type ?? ""), ct))
                .ToHttp(context, next => TypedResults.Accepted((string?)null, new OtpSentResponse(next))))
            .WithSummary("Email a one-time code (verification, sign-in or password reset)")
            .Produces<OtpSentResponse>(StatusCodes.Status202Accepted);
}
