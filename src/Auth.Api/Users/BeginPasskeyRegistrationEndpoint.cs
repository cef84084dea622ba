using System.Text.Json;
using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users.BeginPasskeyRegistration;
using Mediator;

namespace Auth.Api.Users;

internal static class BeginPasskeyRegistrationEndpoint
{
    public static RouteHandlerBuilder MapBeginPasskeyRegistration(this RouteGroupBuilder group) =>
        group.MapPost("/passkeys/options", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new BeginPasskeyRegistrationCommand(context.User.UserId(), context.RelyingParty()), ct))
                .ToHttp(context, options => Results.Text(options.Json, "application/json")))
            .WithSummary("Creation options for a new passkey (PublicKeyCredentialCreationOptionsJSON; the challenge is single use, 5 minutes)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<JsonElement>();
}
