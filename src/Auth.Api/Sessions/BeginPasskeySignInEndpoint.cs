using System.Text.Json;
using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Api.RateLimiting;
using Auth.Api.Users;
using Auth.Application.Sessions.BeginPasskeySignIn;
using Mediator;

namespace Auth.Api.Sessions;

internal static class BeginPasskeySignInEndpoint
{
    public sealed record Request([property: OptionalMember] string? Email) : IAccountRequest;

    public static RouteHandlerBuilder MapBeginPasskeySignIn(this RouteGroupBuilder group) =>
        group.MapPost("/passkey/options", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new BeginPasskeySignInCommand(request.Email, context.RelyingParty()), ct))
                .ToHttp(context, options => Results.Text(options.Json, "application/json")))
            .WithSummary("Request options for a passkey sign-in (PublicKeyCredentialRequestOptionsJSON): that account's passkeys, or any discoverable one without an email")
            .Produces<JsonElement>();
}
