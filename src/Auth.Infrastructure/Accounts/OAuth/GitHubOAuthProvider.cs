using System.Globalization;
using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// GitHub over OAuth 2 (no OpenID Connect): authorization code with PKCE (S256); the identity is <c>GET /user</c>'s
/// numeric id (logins can be renamed), and the email is the primary one of <c>GET /user/emails</c>, verified only
/// when GitHub says so. A typed <see cref="HttpClient"/> with the configured timeout.
/// </summary>
internal sealed class GitHubOAuthProvider(
    HttpClient http, IOptions<OAuthOptions> options, TimeProvider clock, ILogger<GitHubOAuthProvider> logger) : IOAuthProvider
{
    private const string Name = "GitHub";

    public AuthProvider Provider => AuthProvider.GitHub;

    private GitHubOAuthOptions Options => options.Value.GitHub;

    public Uri BuildAuthorizationUri(OAuthAuthorizationRequest request) => AuthorizationUri.ForCodeWithPkce(Options, request);

    public async Task<Result<ProviderSignInResult>> RedeemCodeAsync(OAuthCodeRedemption redemption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        var tokens = await OAuthHttp.RedeemCodeAsync(http, Name, Options, redemption, logger, cancellationToken).ConfigureAwait(false);
        if (tokens.IsFailure) return tokens.Error!;
        var accessToken = tokens.Value.AccessToken!;

        var user = await GetAsync<GitHubUser>("user", Options.UserInfoEndpoint, accessToken, cancellationToken).ConfigureAwait(false);
        if (user.IsFailure) return user.Error!;
        if (user.Value.Id is not > 0) return AccountErrors.ProviderError;

        var emails = await GetAsync<List<GitHubEmail>>("emails", Options.EmailsEndpoint, accessToken, cancellationToken).ConfigureAwait(false);
        if (emails.IsFailure) return emails.Error!;

        var primary = emails.Value.FirstOrDefault(e => e.Primary);
        var email = EmailAddress.Create(primary?.Email) is { IsSuccess: true } parsed ? parsed.Value : null;
        var identity = new ProviderIdentity(
            AuthProvider.GitHub,
            user.Value.Id.Value.ToString(CultureInfo.InvariantCulture),
            email,
            email is not null && primary!.Verified,
            user.Value.Name,
            user.Value.Login,
            user.Value.AvatarUrl);
        return new ProviderSignInResult(identity, tokens.Value.ToProviderTokens(clock.GetUtcNow()));
    }

    private Task<Result<T>> GetAsync<T>(string call, string endpoint, string accessToken, CancellationToken cancellationToken) =>
        OAuthHttp.GetJsonAsync<T>(http, Name, call, endpoint, accessToken, logger, cancellationToken, headers =>
        {
            headers.Accept.Clear();
            headers.Accept.ParseAdd("application/vnd.github+json");
            headers.Add("X-GitHub-Api-Version", "2022-11-28");
        });
}
