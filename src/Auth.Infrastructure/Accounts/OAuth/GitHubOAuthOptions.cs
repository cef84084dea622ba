namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary><c>Auth:OAuth:GitHub</c>: OAuth 2 (no ID token); the identity comes from <c>/user</c> and the verified primary email from <c>/user/emails</c>.</summary>
internal sealed class GitHubOAuthOptions : OAuthProviderOptions
{
    public GitHubOAuthOptions()
    {
        Scopes = "read:user user:email";
        AuthorizationEndpoint = "https://github.com/login/oauth/authorize";
        TokenEndpoint = "https://github.com/login/oauth/access_token";
        UserInfoEndpoint = "https://api.github.com/user";
    }

    public string EmailsEndpoint { get; set; } = "https://api.github.com/user/emails";

    protected override IEnumerable<string> ExtraEndpoints => [EmailsEndpoint];
}
