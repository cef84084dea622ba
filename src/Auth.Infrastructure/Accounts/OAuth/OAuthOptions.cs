namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// Bound from <c>Auth:OAuth</c>. A provider without a <c>ClientId</c> is disabled. Every endpoint can be overridden,
/// so that GitHub Enterprise, another OIDC issuer or a local test provider can stand in.
/// </summary>
internal sealed class OAuthOptions
{
    public const string SectionName = "Auth:OAuth";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Exact URIs an app may ask to be sent back to (array, or one string separated by <c>;</c>).</summary>
    public List<string> AllowedRedirectUris { get; set; } = [];

    /// <summary>This service's public base URL as browsers reach it (behind a proxy); the callback is <c>{base}/api/v1/auth/oauth/{provider}/callback</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan StateLifetime { get; set; } = Application.Accounts.OAuthSettings.DefaultStateLifetime;

    public TimeSpan ExchangeCodeLifetime { get; set; } = Application.Accounts.OAuthSettings.DefaultExchangeCodeLifetime;

    /// <summary>How long one call to a provider may take (token request, user info, JWKS). There are no retries.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>Base64 of 32 random bytes (AES-256-GCM) for provider tokens at rest; generated and stored in the database when absent.</summary>
    public string? TokenEncryptionKey { get; set; }

    public GoogleOAuthOptions Google { get; set; } = new();

    public GitHubOAuthOptions GitHub { get; set; } = new();

    public bool AnyProviderEnabled => Google.IsEnabled || GitHub.IsEnabled;

    public override string ToString() =>
        $"OAuthOptions {{ Google = {Google.IsEnabled}, GitHub = {GitHub.IsEnabled}, TokenEncryptionKey = {(TokenEncryptionKey is null ? "(generated)" : "***")} }}";
}
