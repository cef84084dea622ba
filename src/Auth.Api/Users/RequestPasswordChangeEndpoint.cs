using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Api.OneTimePasswords;
using Auth.Application.Users.RequestPasswordChange;
using Mediator;

namespace Auth.Api.Users;

internal static class RequestPasswordChangeEndpoint
{
    public static RouteHandlerBuilder MapRequestPasswordChange(this RouteGroupBuilder group) =>
        group.MapPost("/password/change/request", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RequestPasswordChangeCommand(context.User.UserId()), ct))
                .ToHttp(context, next => TypedResults.Accepted((string?)null, new OtpSentResponse(next))))
            .WithSummary("Email a code that confirms a password change")
            .RequireAuthorization()
            .Produces<OtpSentResponse>(StatusCodes.Status202Accepted);
}
