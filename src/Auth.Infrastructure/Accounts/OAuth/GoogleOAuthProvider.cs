using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// Google over OpenID Connect: authorization code with PKCE (S256) and a nonce; the identity is the validated ID
/// token's (<c>sub</c>, <c>email</c>, <c>email_verified</c>), completed from the user-info endpoint when it has no email.
/// A typed <see cref="HttpClient"/> with the configured timeout.
/// </summary>
internal sealed class GoogleOAuthProvider(
    HttpClient http, IOptions<OAuthOptions> options, GoogleIdTokenValidator idTokens, TimeProvider clock, ILogger<GoogleOAuthProvider> logger)
    : IOAuthProvider
{
    private const string Name = "Google";

    public AuthProvider Provider => AuthProvider.Google;

    private GoogleOAuthOptions Options => options.Value.Google;

    public Uri BuildAuthorizationUri(OAuthAuthorizationRequest request) =>
        AuthorizationUri.ForCodeWithPkce(Options, request, ("nonce", request?.Nonce));

    public async Task<Result<ProviderSignInResult>> RedeemCodeAsync(OAuthCodeRedemption redemption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        var tokens = await OAuthHttp.RedeemCodeAsync(http, Name, Options, redemption, logger, cancellationToken).ConfigureAwait(false);
        if (tokens.IsFailure) return tokens.Error!;
        if (string.IsNullOrEmpty(tokens.Value.IdToken)) return AccountErrors.IdTokenInvalid;

        var identity = await idTokens.ValidateAsync(tokens.Value.IdToken, redemption.Nonce, cancellationToken).ConfigureAwait(false);
        if (identity.IsFailure) return identity.Error!;
        if (identity.Value.Email is null)
        {
            identity = await CompleteFromUserInfoAsync(identity.Value, tokens.Value.AccessToken!, cancellationToken).ConfigureAwait(false);
            if (identity.IsFailure) return identity.Error!;
        }

        return new ProviderSignInResult(identity.Value, tokens.Value.ToProviderTokens(clock.GetUtcNow()));
    }

    private async Task<Result<ProviderIdentity>> CompleteFromUserInfoAsync(
        ProviderIdentity identity, string accessToken, CancellationToken cancellationToken)
    {
        var info = await OAuthHttp.GetJsonAsync<GoogleUserInfo>(
            http, Name, "userinfo", Options.UserInfoEndpoint, accessToken, logger, cancellationToken).ConfigureAwait(false);
        if (info.IsFailure) return info.Error!;
        if (info.Value.Sub != identity.AccountId) return AccountErrors.IdTokenInvalid;

        var email = EmailAddress.Create(info.Value.Email) is { IsSuccess: true } parsed ? parsed.Value : null;
        return identity with
        {
            Email = email,
            EmailVerified = email is not null && info.Value.IsEmailVerified,
            Name = identity.Name ?? info.Value.Name,
            AvatarUrl = identity.AvatarUrl ?? info.Value.Picture,
        };
    }
}
