using Auth.Application.Abstractions.OAuth;
using Auth.Application.Abstractions.Security;
using Auth.Application.Accounts;
using Auth.Infrastructure.Accounts;
using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Security.Keys;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Accounts;

public sealed class AccountsServiceCollectionExtensionsTests
{
    [Fact]
    public void WithoutConfiguration_NoProviderIsFound_AndNoRedirectUriIsAllowed()
    {
        using var services = Build(new Dictionary<string, string?>());
        using var scope = services.CreateScope();

        var catalog = scope.ServiceProvider.GetRequiredService<IOAuthProviderCatalog>();

        Assert.Null(catalog.Find("google"));
        Assert.Null(catalog.Find("github"));
        Assert.False(services.GetRequiredService<OAuthSettings>().AllowedRedirectUris.Allows("https://app.example.com/cb"));
    }

    [Fact]
    public void AProviderWithAClientId_IsFound_ByItsContractNameOnly()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Auth:OAuth:GitHub:ClientId"] = "id",
            ["Auth:OAuth:GitHub:ClientSecret"] = "secret",
        });
        using var scope = services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IOAuthProviderCatalog>();

        Assert.IsType<GitHubOAuthProvider>(catalog.Find("github"));
        Assert.Null(catalog.Find("GitHub"));
        Assert.Null(catalog.Find("google"));
    }

    [Fact]
    public void Settings_AreReadFromAuthOAuth_WithTheRedirectUrisAsAListOrOneString()
    {
        using var asList = Build(new Dictionary<string, string?>
        {
            ["Auth:OAuth:AllowedRedirectUris:0"] = "https://a.example.com/cb",
            ["Auth:OAuth:AllowedRedirectUris:1"] = "https://b.example.com/cb",
            ["Auth:OAuth:ExchangeCodeLifetime"] = "00:00:30",
            ["Auth:OAuth:PublicBaseUrl"] = "https://auth.example.com",
        });
        using var asString = Build(new Dictionary<string, string?>
        {
            ["Auth:OAuth:AllowedRedirectUris"] = "https://a.example.com/cb; https://b.example.com/cb",
        });

        var list = asList.GetRequiredService<OAuthSettings>();
        var single = asString.GetRequiredService<OAuthSettings>();
        Assert.True(list.AllowedRedirectUris.Allows("https://b.example.com/cb"));
        Assert.Equal(TimeSpan.FromSeconds(30), list.ExchangeCodeLifetime);
        Assert.Equal(new Uri("https://auth.example.com"), list.PublicBaseUri);
        Assert.Equal(list.AllowedRedirectUris.Uris.Order(), single.AllowedRedirectUris.Uris.Order());
    }

    [Theory]
    [InlineData("Auth:OAuth:Google:ClientId", "id-without-secret")]
    [InlineData("Auth:OAuth:AllowedRedirectUris:0", "/relative/callback")]
    [InlineData("Auth:OAuth:Timeout", "00:30:00")]
    [InlineData("Auth:OAuth:PublicBaseUrl", "auth.example.com")]
    public void AConfigurationThatCannotWork_FailsValidation_NamingTheKey(string key, string value)
    {
        using var services = Build(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OAuthOptions>>().Value);
        Assert.Contains("Auth:OAuth", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointsOfAnEnabledProvider_MustBeAbsoluteUrls()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Auth:OAuth:Google:ClientId"] = "id",
            ["Auth:OAuth:Google:ClientSecret"] = "secret",
            ["Auth:OAuth:Google:TokenEndpoint"] = "oauth2.googleapis.com/token",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OAuthOptions>>().Value);
    }

    /// <summary>Authenticator secrets are encrypted with the same key, so it is there with or without OAuth.</summary>
    [Fact]
    public async Task StartUp_WithoutProviders_StillLoadsTheSecretsKey()
    {
        var store = new InMemoryKeyMaterialStore();
        using var services = Build(new Dictionary<string, string?>(), store);

        await services.GetServices<IHostedService>().Single().StartAsync(CancellationToken.None);
        var protector = services.GetRequiredService<ISecretProtector>();

        Assert.Equal(32, Convert.FromBase64String(Assert.Single(store.Secrets).Value).Length);
        Assert.Equal("JBSWY3DPEHPK3PXP", protector.Unprotect(protector.Protect("JBSWY3DPEHPK3PXP", "totp:1"), "totp:1"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, InMemoryKeyMaterialStore? keys = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IKeyMaterialStore>(keys ?? new InMemoryKeyMaterialStore());
        services.AddAccounts(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
