namespace Auth.Application.Abstractions.OAuth;

/// <summary>What goes into the provider's authorize URL: our callback, the state, the S256 PKCE challenge and the OIDC nonce.</summary>
public sealed record OAuthAuthorizationRequest(Uri CallbackUri, string State, string CodeChallenge, string Nonce);
