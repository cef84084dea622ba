using Auth.Application.Abstractions.OAuth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>The configured providers by contract name; a provider without a client id is not there.</summary>
internal sealed class OAuthProviderCatalog(IServiceProvider services, IOptions<OAuthOptions> options) : IOAuthProviderCatalog
{
    public IOAuthProvider? Find(string? name) => name switch
    {
        "google" when options.Value.Google.IsEnabled => services.GetRequiredService<GoogleOAuthProvider>(),
        "github" when options.Value.GitHub.IsEnabled => services.GetRequiredService<GitHubOAuthProvider>(),
        _ => null,
    };
}
