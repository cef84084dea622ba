using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Security;
using Auth.Infrastructure.Security.Keys;
using Auth.Infrastructure.Security.Otp;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security;

public sealed class SecurityServiceCollectionExtensionsTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();

    [Fact]
    public async Task AfterStartUp_EveryPortWorks_AndGeneratedKeysAreStored()
    {
        await using var provider = Build(new()
        {
            ["Auth:PasswordHashing:MemoryKiB"] = "1024",
            ["Auth:PasswordHashing:Iterations"] = "1",
            ["Auth:Jwt:Issuer"] = "https://auth.test",
        });
        await StartHostedServicesAsync(provider);

        Assert.Single(_store.SigningKeys);
        Assert.True(_store.Secrets.ContainsKey(OtpHashKeyProvider.SecretName));

        var hasher = provider.GetRequiredService<IPasswordHasher>();
        var hash = await hasher.HashAsync("password", CancellationToken.None);
        Assert.StartsWith("$argon2id$v=19$m=1024,t=1,p=1$", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerification.Succeeded, await hasher.VerifyAsync("password", hash, CancellationToken.None));

        var code = provider.GetRequiredService<IOtpCodeGenerator>().Generate(6);
        Assert.Matches("^[0-9a-f]{64}$", provider.GetRequiredService<IOtpCodeHasher>().Hash(EmailAddress.FromTrusted("ada@example.com"), OtpType.SignIn, code));
        Assert.Equal(43, provider.GetRequiredService<IOpaqueTokenGenerator>().Generate().Value.Length);

        var issued = await provider.GetRequiredService<IAccessTokenIssuer>()
            .IssueAsync(UserBuilder.Verified().Build(TestTime.Epoch), SessionId.New(_time.GetUtcNow()), _time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(_time.GetUtcNow().AddMinutes(15), issued.ExpiresAt);
        Assert.Equal("https://auth.test", (string?)JwtParts.Parse(issued.Token).Payload["iss"]);
        Assert.NotNull(await provider.GetRequiredService<IAccessTokenValidator>().ValidateAsync(issued.Token, CancellationToken.None));
        Assert.Single(await provider.GetRequiredService<IJsonWebKeySetProvider>().GetPublicKeysAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TheAccessTokenLifetime_ComesFromTheRegisteredAuthSettings()
    {
        await using var provider = Build([], new AuthSettings { AccessTokenLifetime = TimeSpan.FromMinutes(5) });

        var issued = await provider.GetRequiredService<IAccessTokenIssuer>()
            .IssueAsync(UserBuilder.Verified().Build(TestTime.Epoch), SessionId.New(_time.GetUtcNow()), _time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(_time.GetUtcNow().AddMinutes(5), issued.ExpiresAt);
    }

    [Fact]
    public async Task AnOtpHashKeyFromConfiguration_IsUsedInsteadOfAGeneratedOne()
    {
        await using var provider = Build(new() { ["Auth:Otp:HashKey"] = Convert.ToBase64String(new byte[32]) });
        await StartHostedServicesAsync(provider);

        Assert.False(_store.Secrets.ContainsKey(OtpHashKeyProvider.SecretName));
    }

    [Fact]
    public void AddSecurity_LeavesTheKeyStoreAndTheClockToTheirOwners()
    {
        var services = new ServiceCollection();

        services.AddSecurity(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IKeyMaterialStore));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Theory]
    [InlineData("Auth:PasswordHashing:MemoryKiB", "4")]
    [InlineData("Auth:PasswordHashing:MaxConcurrency", "0")]
    [InlineData("Auth:Jwt:Issuer", " ")]
    [InlineData("Auth:Jwt:KeyLifetimeDays", "0")]
    public async Task OutOfRangeSettings_AreRefused(string key, string value)
    {
        await using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() =>
        {
            provider.GetRequiredService<IPasswordHasher>();
            provider.GetRequiredService<IAccessTokenIssuer>();
        });
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, AuthSettings? authSettings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IKeyMaterialStore>(_store);
        if (authSettings is not null) services.AddSingleton(authSettings);
        services.AddSecurity(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task StartHostedServicesAsync(IServiceProvider provider)
    {
        foreach (var service in provider.GetServices<IHostedService>()) await service.StartAsync(CancellationToken.None);
    }
}
