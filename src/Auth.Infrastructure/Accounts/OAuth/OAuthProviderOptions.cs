namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>What every provider needs: the app registered at the provider, the scopes to ask for, and where the provider answers.</summary>
internal abstract class OAuthProviderOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Space- or comma-separated.</summary>
    public string Scopes { get; set; } = "";

    public string AuthorizationEndpoint { get; set; } = "";

    public string TokenEndpoint { get; set; } = "";

    public string UserInfoEndpoint { get; set; } = "";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The scopes as the authorize URL carries them: one space between each.</summary>
    public string ScopeParameter => string.Join(' ', Scopes.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public IEnumerable<string> Endpoints => [AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, .. ExtraEndpoints];

    protected virtual IEnumerable<string> ExtraEndpoints => [];

    public override string ToString() => $"{GetType().Name} {{ ClientId = {ClientId}, ClientSecret = ***, Scopes = {Scopes} }}";
}
