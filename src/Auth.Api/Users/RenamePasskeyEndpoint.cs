using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.RenamePasskey;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class RenamePasskeyEndpoint
{
    public sealed record Request(string? Name);

    public static RouteHandlerBuilder MapRenamePasskey(this RouteGroupBuilder group) =>
        group.MapPatch("/passkeys/{id:guid}", async (Guid id, Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new RenamePasskeyCommand(context.User.UserId(), new PasskeyId(id), request.Name), ct))
                .ToHttp(context, passkey => TypedResults.Ok(passkey)))
            .WithSummary("Rename one of the caller's passkeys")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PasskeyDto>();
}
