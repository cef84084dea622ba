using Auth.Application.Abstractions;
using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Security.Otp;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security;

public sealed class GeneratedKeyWarningTests
{
    private readonly InMemoryKeyMaterialStore _store = new();

    [Fact]
    public async Task GeneratingTheOtpHashKey_LogsOneWarningThatDoesNotContainTheKey()
    {
        var logger = new CapturingLogger<OtpHashKeyProvider>();
        await new OtpHashKeyProvider(Options.Create(new OtpHashingOptions()), _store, logger).InitializeAsync(CancellationToken.None);
        await new OtpHashKeyProvider(Options.Create(new OtpHashingOptions()), _store, logger).InitializeAsync(CancellationToken.None);

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.DoesNotContain(_store.Secrets[OtpHashKeyProvider.SecretName], warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratingAJwtSigningKey_LogsAWarningWithItsIdButNotTheKey()
    {
        var logger = new CapturingLogger<JwtKeyRing>();
        var time = new FakeTimeProvider(TestTime.Epoch);
        using var ring = new JwtKeyRing(_store, time, Options.Create(new JwtOptions()), new AuthSettings(), logger);

        await ring.GetSigningKeyAsync(time.GetUtcNow(), CancellationToken.None);
        await ring.GetSigningKeyAsync(time.GetUtcNow(), CancellationToken.None);

        var stored = Assert.Single(_store.SigningKeys);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(stored.KeyId, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.PrivateKey[^40..], warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "unencrypted")]
    [InlineData(true, "encrypted with Auth:Jwt:SigningKeyEncryptionKey")]
    public async Task GeneratingAJwtSigningKey_SaysWhetherItIsStoredEncrypted(bool encrypted, string expected)
    {
        var logger = new CapturingLogger<JwtKeyRing>();
        var time = new FakeTimeProvider(TestTime.Epoch);
        var options = new JwtOptions { SigningKeyEncryptionKey = encrypted ? Convert.ToBase64String(new byte[32]) : null };
        using var ring = new JwtKeyRing(_store, time, Options.Create(options), new AuthSettings(), logger);

        await ring.GetSigningKeyAsync(time.GetUtcNow(), CancellationToken.None);

        Assert.Contains(expected, Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }
}
