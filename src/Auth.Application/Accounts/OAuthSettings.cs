using Auth.Domain.Accounts;

namespace Auth.Application.Accounts;

/// <summary>
/// The provider-independent part of <c>Auth:OAuth</c>: which app redirect URIs are allowed, how long a sign-in may
/// take at the provider, how long the app has to exchange its one-time code, and this service's public address as
/// the providers see it (when it sits behind a proxy).
/// </summary>
public sealed record OAuthSettings
{
    public static readonly TimeSpan DefaultStateLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DefaultExchangeCodeLifetime = TimeSpan.FromSeconds(60);

    public RedirectUriAllowList AllowedRedirectUris { get; init; } = RedirectUriAllowList.Empty;

    public TimeSpan StateLifetime { get; init; } = DefaultStateLifetime;

    public TimeSpan ExchangeCodeLifetime { get; init; } = DefaultExchangeCodeLifetime;

    /// <summary>The configured providers by contract name, with the address each sends the browser to.</summary>
    public IReadOnlyDictionary<string, Uri> EnabledProviders { get; init; } = new Dictionary<string, Uri>();

    /// <summary><c>Auth:OAuth:PublicBaseUrl</c>: the base of the callback URLs registered at the providers; null: the request's own.</summary>
    public Uri? PublicBaseUri { get; init; }
}
