using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.OAuth;

/// <summary>
/// One identity provider's side of the authorization-code flow with PKCE: where to send the browser, and how to turn
/// the code it comes back with into a verified identity (token exchange, then ID-token validation or user info).
/// </summary>
public interface IOAuthProvider
{
    AuthProvider Provider { get; }

    Uri BuildAuthorizationUri(OAuthAuthorizationRequest request);

    /// <summary>
    /// Redeems the code. Expected failures (the provider refuses, times out, or sends an identity that fails
    /// validation) are results: <c>provider_error</c>, <c>provider_unavailable</c>, <c>invalid_id_token</c>.
    /// </summary>
    Task<Result<ProviderSignInResult>> RedeemCodeAsync(OAuthCodeRedemption redemption, CancellationToken cancellationToken);
}
