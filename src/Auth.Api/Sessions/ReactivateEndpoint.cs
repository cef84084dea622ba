using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Api.RateLimiting;
using Auth.Application.Sessions.Reactivate;
using Mediator;

namespace Auth.Api.Sessions;

internal static class ReactivateEndpoint
{
    public sealed record Request(string? Email, string? Password, [property: OptionalMember] string? Mode) : IAccountRequest;

    public static RouteHandlerBuilder MapReactivate(this RouteGroupBuilder group) =>
        group.MapPost("/reactivate", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new ReactivateCommand(request.Email ?? "", request.Password ?? "", SignInModeParser.Parse(request.Mode), context.ClientInfo()), ct))
                .ToHttp(context))
            .WithSummary("Restore a soft-deleted account after its waiting period")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesSignIn();
}
