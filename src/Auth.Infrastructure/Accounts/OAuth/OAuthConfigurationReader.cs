using Auth.Application.Accounts;
using Auth.Domain.Accounts;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>Turns the bound options into the Application's <see cref="OAuthSettings"/>.</summary>
internal static class OAuthConfigurationReader
{
    /// <summary>The configured list, or one string separated by <c>;</c> (handy in an environment variable).</summary>
    public static IEnumerable<string> AllowedRedirectUris(OAuthOptions options) =>
        options.AllowedRedirectUris
            .SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);

    public static OAuthSettings Settings(OAuthOptions options) => new()
    {
        AllowedRedirectUris = new RedirectUriAllowList(AllowedRedirectUris(options)),
        StateLifetime = options.StateLifetime,
        ExchangeCodeLifetime = options.ExchangeCodeLifetime,
        EnabledProviders = new (string Name, OAuthProviderOptions Provider)[] { ("google", options.Google), ("github", options.GitHub) }
            .Where(p => p.Provider.IsEnabled)
            .ToDictionary(p => p.Name, p => new Uri(p.Provider.AuthorizationEndpoint, UriKind.Absolute)),
        PublicBaseUri = options.PublicBaseUrl is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null,
    };
}
