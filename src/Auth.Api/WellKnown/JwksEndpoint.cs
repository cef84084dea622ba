using System.Text.Json;
using System.Text.Json.Serialization;
using Auth.Application.Abstractions.Security;

namespace Auth.Api.WellKnown;

internal static class JwksEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    private static readonly JsonSerializerOptions JwksJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record JsonWebKeySet(IReadOnlyList<PublicJsonWebKey> Keys);

    /// <summary>The public keys that verify our access tokens (RFC 7517), cacheable for a few minutes.</summary>
    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (IJsonWebKeySetProvider keys, HttpContext context, CancellationToken ct) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Json(new JsonWebKeySet(await keys.GetPublicKeysAsync(ct)), JwksJson);
            })
            .WithSummary("The public keys that verify access tokens (JWKS)")
            .WithTags("Well-known")
            .Produces<JsonWebKeySet>();
        return app;
    }
}
