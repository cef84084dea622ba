using System.Net;
using Auth.Application.Abstractions.OAuth;
using Auth.Application.Abstractions.Security;
using Auth.Application.Accounts;
using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Accounts.TokenProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Largest provider answer read (token, user, emails, JWKS are a few KiB).</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    /// <summary>
    /// OAuth sign-in: the <c>Auth:OAuth</c> options (validated at start), the Application's <see cref="OAuthSettings"/>,
    /// a typed <see cref="HttpClient"/> per provider and one for Google's JWKS (timeout <c>Auth:OAuth:Timeout</c>, no
    /// redirects followed, no retries), the provider catalog, and AES-GCM protection of provider tokens. Expects
    /// <c>IKeyMaterialStore</c> (persistence) and <see cref="TimeProvider"/> to be registered elsewhere.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(OAuthOptions.SectionName);
        services.AddOptions<OAuthOptions>()
            .Bind(section)
            .PostConfigure(o =>
            {
                // A single string ("https://a/cb;https://b/cb") binds to no list element: take it as the list.
                if (o.AllowedRedirectUris.Count == 0 && section[nameof(OAuthOptions.AllowedRedirectUris)] is { Length: > 0 } uris)
                    o.AllowedRedirectUris.Add(uris);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OAuthOptions>, OAuthOptionsValidator>());
        services.AddSingleton(sp => OAuthConfigurationReader.Settings(sp.GetRequiredService<IOptions<OAuthOptions>>().Value));

        services.AddHttpClient<GoogleOAuthProvider>(ConfigureClient).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient<GitHubOAuthProvider>(ConfigureClient).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(GoogleSigningKeys.HttpClientName, ConfigureClient).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddSingleton<GoogleSigningKeys>();
        services.AddSingleton<GoogleIdTokenValidator>();
        services.AddScoped<IOAuthProviderCatalog, OAuthProviderCatalog>();

        services.AddSingleton<ProviderTokenKeyProvider>();
        services.AddSingleton<ISecretProtector, AesGcmProviderTokenProtector>();
        services.AddHostedService<OAuthStartup>();
        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        client.Timeout = services.GetRequiredService<IOptions<OAuthOptions>>().Value.Timeout;
        client.MaxResponseContentBufferSize = MaxResponseBytes;
        client.DefaultRequestHeaders.UserAgent.ParseAdd("auth-service-oauth/1.0");
    }

    private static HttpMessageHandler NoRedirects() =>
        new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
}
