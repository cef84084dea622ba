using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>Refuses to start with a configuration that cannot work, naming the key to fix.</summary>
internal sealed class OAuthOptionsValidator : IValidateOptions<OAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, OAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Timeout < TimeSpan.FromMilliseconds(100) || options.Timeout > TimeSpan.FromMinutes(5))
            failures.Add($"{OAuthOptions.SectionName}:Timeout must be between 0.1 s and 5 min.");
        if (options.StateLifetime < TimeSpan.FromMinutes(1) || options.StateLifetime > TimeSpan.FromHours(1))
            failures.Add($"{OAuthOptions.SectionName}:StateLifetime must be between 1 min and 1 h.");
        if (options.ExchangeCodeLifetime < TimeSpan.FromSeconds(5) || options.ExchangeCodeLifetime > TimeSpan.FromMinutes(10))
            failures.Add($"{OAuthOptions.SectionName}:ExchangeCodeLifetime must be between 5 s and 10 min.");
        if (options.PublicBaseUrl is { Length: > 0 } publicBase && !IsHttpUri(publicBase))
            failures.Add($"{OAuthOptions.SectionName}:PublicBaseUrl must be an absolute http(s) URL.");
        failures.AddRange(OAuthConfigurationReader.AllowedRedirectUris(options)
            .Where(uri => !Application.Accounts.StartOAuth.StartOAuthCommandValidator.IsAbsolute(uri))
            .Select(uri => $"{OAuthOptions.SectionName}:AllowedRedirectUris has '{uri}', which is not an absolute URI."));

        Provider("Google", options.Google, failures);
        Provider("GitHub", options.GitHub, failures);
        if (options.Google.IsEnabled && string.IsNullOrWhiteSpace(options.Google.Issuer))
            failures.Add($"{OAuthOptions.SectionName}:Google:Issuer is required.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Provider(string name, OAuthProviderOptions provider, List<string> failures)
    {
        if (!provider.IsEnabled) return;
        if (string.IsNullOrWhiteSpace(provider.ClientSecret))
            failures.Add($"{OAuthOptions.SectionName}:{name}:ClientSecret is required when {name}:ClientId is set.");
        if (provider.Endpoints.Any(e => !IsHttpUri(e)))
            failures.Add($"{OAuthOptions.SectionName}:{name}: every endpoint must be an absolute http(s) URL.");
    }

    private static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
