using System.Text.Json.Serialization;
using Auth.Application.Abstractions.Security;

namespace Auth.Api.WellKnown;

/// <summary>
/// <c>/.well-known/openid-configuration</c>: the discovery document that a resource server configured with only this
/// service's URL as its authority reads to find the issuer and the signing keys (OpenID Connect Discovery 1.0; the
/// service issues access tokens, not ID tokens, so it lists only what a token validator needs).
/// </summary>
internal static class OpenIdConfigurationEndpoint
{
    public const string Path = "/.well-known/openid-configuration";

    public sealed record OpenIdConfiguration(
        [property: JsonPropertyName("issuer")] string Issuer,
        [property: JsonPropertyName("jwks_uri")] string JwksUri,
        [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string> IdTokenSigningAlgValuesSupported,
        [property: JsonPropertyName("subject_types_supported")] IReadOnlyList<string> SubjectTypesSupported,
        [property: JsonPropertyName("claims_supported")] IReadOnlyList<string> ClaimsSupported);

    private static readonly string[] Claims = ["sub", "sid", "email", "email_verified", "role", "jti", "iat", "exp", "iss", "aud"];

    public static IEndpointRouteBuilder MapOpenIdConfiguration(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (AccessTokenFormat tokens, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                var request = context.Request;
                var jwksUri = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{JwksEndpoint.Path}";
                return TypedResults.Ok(new OpenIdConfiguration(tokens.Issuer, jwksUri, [tokens.SigningAlgorithm], ["public"], Claims));
            })
            .WithSummary("Discovery document: the token issuer and where its keys are")
            .WithTags("Well-known")
            .Produces<OpenIdConfiguration>();
        return app;
    }
}
