using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Accounts.TokenProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts;

/// <summary>
/// Loads (or generates and stores) the key that encrypts secrets at rest (provider tokens, authenticator secrets)
/// before requests are served, and says which OAuth providers are on.
/// </summary>
internal sealed partial class OAuthStartup(
    IOptions<OAuthOptions> options, ProviderTokenKeyProvider keys, ILogger<OAuthStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var value = options.Value;
        if (!value.AnyProviderEnabled) return;

        var enabled = string.Join(", ", new[] { ("google", value.Google.IsEnabled), ("github", value.GitHub.IsEnabled) }.Where(p => p.Item2).Select(p => p.Item1));
        LogEnabled(logger, enabled, OAuthConfigurationReader.AllowedRedirectUris(value).Count());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "OAuth sign-in enabled for {Providers}; {RedirectUriCount} allowed redirect URI(s)")]
    private static partial void LogEnabled(ILogger logger, string providers, int redirectUriCount);
}
