using System.Text.Json;
using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.RegisterPasskey;
using Mediator;

namespace Auth.Api.Users;

internal static class RegisterPasskeyEndpoint
{
    public sealed record Request(string? Name, JsonElement Credential);

    public static RouteHandlerBuilder MapRegisterPasskey(this RouteGroupBuilder group) =>
        group.MapPost("/passkeys", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new RegisterPasskeyCommand(context.User.UserId(), request.Name, request.Credential.RawCredential(), context.RelyingParty()), ct))
                .ToHttp(context, passkey => TypedResults.Created($"/api/v1/users/me/passkeys/{passkey.Id}", passkey)))
            .WithSummary("Store the passkey the browser made (PublicKeyCredential.toJSON()) once its attestation verifies; the owner is notified")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PasskeyDto>(StatusCodes.Status201Created);
}
