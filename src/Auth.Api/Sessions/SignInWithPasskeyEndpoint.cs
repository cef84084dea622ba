using System.Text.Json;
using Auth.Api.Authentication;
using Auth.Api.OpenApi;
using Auth.Api.Users;
using Auth.Application.Sessions.SignInWithPasskey;
using Mediator;

namespace Auth.Api.Sessions;

internal static class SignInWithPasskeyEndpoint
{
    public sealed record Request(JsonElement Credential, [property: OptionalMember] string? Mode);

    public static RouteHandlerBuilder MapSignInWithPasskey(this RouteGroupBuilder group) =>
        group.MapPost("/passkey/sign-in", async (Request request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(
                    new SignInWithPasskeyCommand(request.Credential.RawCredential(), SignInModeParser.Parse(request.Mode), context.ClientInfo(), context.RelyingParty()),
                    ct))
                .ToHttp(context))
            .WithSummary("Sign in with a passkey assertion (PublicKeyCredential.toJSON()); a whole sign-in, never a second step; refused with passkey_invalid")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesCompletedSignIn();
}
