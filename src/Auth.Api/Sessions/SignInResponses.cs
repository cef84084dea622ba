using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Application.Sessions;
using Auth.Domain.Primitives;

namespace Auth.Api.Sessions;

/// <summary>How every sign-in style endpoint answers: tokens, a session token, or 202 for the second factor.</summary>
internal static class SignInResponses
{
    public static IResult ToHttp(this Result<SignInOutcome> result, HttpContext context) =>
        result.ToHttp(context, outcome => outcome switch
        {
            { Challenge: { } challenge } => TypedResults.Accepted(
                (string?)null, new TwoFactorRequiredResponse(true, challenge.Challenge, challenge.Methods, challenge.ExpiresAt)),
            { Session: { } session } => TypedResults.Ok(session),
            { Tokens: { } tokens } => TypedResults.Ok(tokens),
            _ => throw new InvalidOperationException("A sign-in outcome without a result."),
        });

    public static RouteHandlerBuilder ProducesSignIn(this RouteHandlerBuilder builder) =>
        builder.ProducesCompletedSignIn().Produces<TwoFactorRequiredResponse>(StatusCodes.Status202Accepted);

    /// <summary>A sign-in that never asks for a second step (a passkey): tokens or a session token only.</summary>
    public static RouteHandlerBuilder ProducesCompletedSignIn(this RouteHandlerBuilder builder) =>
        builder.Produces<TokenPair>()
            .WithMetadata(new OneOfResponse(StatusCodes.Status200OK, "mode", new Dictionary<string, Type>
            {
                [SignInModes.Token] = typeof(TokenPair),
                [SignInModes.Session] = typeof(SessionTokenGrant),
            }));
}
