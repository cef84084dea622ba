namespace Auth.Application.Abstractions.Security;

/// <summary>One entry of <c>/.well-known/jwks.json</c> (RFC 7517): an EC P-256 (<c>x</c>, <c>y</c>) or RSA (<c>n</c>, <c>e</c>) public key.</summary>
public sealed record PublicJsonWebKey(string Kty, string Kid, string Alg, string Use, string? Crv, string? X, string? Y, string? N, string? E);
