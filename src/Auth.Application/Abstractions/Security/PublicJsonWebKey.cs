using System.Text.Json.Serialization;

namespace Auth.Application.Abstractions.Security;

/// <summary>
/// One entry of <c>/.well-known/jwks.json</c> (RFC 7517): an EC P-256 (<c>crv</c>, <c>x</c>, <c>y</c>) or RSA
/// (<c>n</c>, <c>e</c>) public key. The members of the other key type are left out, never sent as null.
/// </summary>
public sealed record PublicJsonWebKey(
    string Kty,
    string Kid,
    string Alg,
    string Use,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Crv,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? X,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Y,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? N,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? E);
