namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary><c>Auth:OAuth:Google</c>: OpenID Connect; the identity comes from the ID token, checked against <see cref="JwksUri"/>.</summary>
internal sealed class GoogleOAuthOptions : OAuthProviderOptions
{
    public const string DefaultIssuer = "https://accounts.google.com";

    public GoogleOAuthOptions()
    {
        Scopes = "openid email profile";
        AuthorizationEndpoint = "https://accounts.google.com/o/oauth2/v2/auth";
        TokenEndpoint = "https://oauth2.googleapis.com/token";
        UserInfoEndpoint = "https://openidconnect.googleapis.com/v1/userinfo";
    }

    public string JwksUri { get; set; } = "https://www.googleapis.com/oauth2/v3/certs";

    /// <summary>The expected <c>iss</c>. Google's own also signs as <c>accounts.google.com</c>, which is accepted with the default.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    public IReadOnlyList<string> ValidIssuers => Issuer == DefaultIssuer ? [DefaultIssuer, "accounts.google.com"] : [Issuer];

    protected override IEnumerable<string> ExtraEndpoints => [JwksUri];
}
