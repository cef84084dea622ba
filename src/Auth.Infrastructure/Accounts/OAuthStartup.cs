using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Accounts.TokenProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts;

/// <summary>
/// When a provider is configured: loads (or generates and stores) the provider-token key before requests are served,
/// and says which providers are on. Without one it does
/// nothing, so a service without OAuth generates no key.
/// </summary>
internal sealed partial class OAuthStartup(
    IOptions<OAuthOptions> options, ProviderTokenKeyProvider keys, ILogger<OAuthStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        if (!value.AnyProviderEnabled) return;
        await keys.InitializeAsync(cancellationToken).ConfigureAwait(false);

        var enabled = string.Join(", ", new[] { ("google", value.Google.IsEnabled), ("github", value.GitHub.IsEnabled) }.Where(p => p.Item2).Select(p => p.Item1));
        LogEnabled(logger, enabled, OAuthConfigurationReader.AllowedRedirectUris(value).Count());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "OAuth sign-in enabled for {Providers}; {RedirectUriCount} allowed redirect URI(s)")]
    private static partial void LogEnabled(ILogger logger, string providers, int redirectUriCount);
}
