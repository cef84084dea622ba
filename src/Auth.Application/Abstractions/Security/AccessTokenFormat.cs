namespace Auth.Application.Abstractions.Security;

/// <summary>What a resource server checks in our access tokens: the <c>iss</c> and <c>aud</c> claims and the signature algorithm.</summary>
public sealed record AccessTokenFormat(string Issuer, string Audience, string SigningAlgorithm);
