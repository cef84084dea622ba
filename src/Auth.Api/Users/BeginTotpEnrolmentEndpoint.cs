using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Application.Users;
using Auth.Application.Users.BeginTotpEnrolment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Users;

internal static class BeginTotpEnrolmentEndpoint
{
    public sealed record Request([property: OptionalMember] string? Password);

    public static RouteHandlerBuilder MapBeginTotpEnrolment(this RouteGroupBuilder group) =>
        group.MapPost("/two-factor/totp", async ([FromBody] Request? request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new BeginTotpEnrolmentCommand(context.User.UserId(), request?.Password), ct))
                .ToHttp(context, enrolment => TypedResults.Ok(enrolment)))
            .WithSummary("Start setting up an authenticator app: a new secret, its otpauth URI and QR code (pending until confirmed)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status423Locked)
            .Produces<TotpEnrolmentDto>();
}
