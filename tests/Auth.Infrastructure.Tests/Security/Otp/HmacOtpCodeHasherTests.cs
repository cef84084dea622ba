using System.Security.Cryptography;
using System.Text;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;
using Auth.Infrastructure.Security.Otp;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Security.Otp;

public sealed class HmacOtpCodeHasherTests
{
    private static readonly EmailAddress Ada = EmailAddress.FromTrusted("ada@example.com");
    private static readonly EmailAddress Grace = EmailAddress.FromTrusted("grace@example.com");

    [Fact]
    public async Task Hash_OfTheSameCodeEmailAndType_IsStableLowercaseHex()
    {
        var hasher = await CreateAsync(RandomKey());

        var first = hasher.Hash(Ada, OtpType.SignIn, "123456");
        var second = hasher.Hash(Ada, OtpType.SignIn, "123456");

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public async Task Hash_IsHmacSha256OfTypeEmailAndCode_WithTheConfiguredKey()
    {
        var key = RandomKey();
        var hasher = await CreateAsync(key);

        var expected = Convert.ToHexStringLower(
            HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.UTF8.GetBytes("password-reset\nada@example.com\n004211")));

        Assert.Equal(expected, hasher.Hash(Ada, OtpType.PasswordReset, "004211"));
    }

    [Fact]
    public async Task Hash_DiffersByKeyTypeEmailAndCode()
    {
        var hasher = await CreateAsync(RandomKey());
        var other = await CreateAsync(RandomKey());
        var baseline = hasher.Hash(Ada, OtpType.SignIn, "123456");

        Assert.NotEqual(baseline, other.Hash(Ada, OtpType.SignIn, "123456"));
        Assert.NotEqual(baseline, hasher.Hash(Ada, OtpType.EmailVerification, "123456"));
        Assert.NotEqual(baseline, hasher.Hash(Grace, OtpType.SignIn, "123456"));
        Assert.NotEqual(baseline, hasher.Hash(Ada, OtpType.SignIn, "123457"));
    }

    [Fact]
    public async Task WithoutAConfiguredKey_ASecondInstanceSharingTheStore_ReusesTheGeneratedKey()
    {
        var store = new InMemoryKeyMaterialStore();
        var first = await CreateAsync(configuredKey: null, store);
        var second = await CreateAsync(configuredKey: null, store);

        Assert.Equal(first.Hash(Ada, OtpType.SignIn, "123456"), second.Hash(Ada, OtpType.SignIn, "123456"));
        Assert.Equal(32, Convert.FromBase64String(store.Secrets[OtpHashKeyProvider.SecretName]).Length);
    }

    [Fact]
    public async Task WithAConfiguredKey_NothingIsStored()
    {
        var store = new InMemoryKeyMaterialStore();

        await CreateAsync(RandomKey(), store);

        Assert.Empty(store.Secrets);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public async Task AConfiguredKeyThatIsTooShortOrNotBase64_StopsStartUpWithoutEchoingIt(string key)
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateAsync(key));

        Assert.DoesNotContain(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_BeforeTheKeyIsLoaded_Throws()
    {
        var provider = NewProvider(RandomKey(), new InMemoryKeyMaterialStore());

        Assert.Throws<InvalidOperationException>(() => new HmacOtpCodeHasher(provider).Hash(Ada, OtpType.SignIn, "123456"));
    }

    private static async Task<HmacOtpCodeHasher> CreateAsync(string? configuredKey, InMemoryKeyMaterialStore? store = null)
    {
        var provider = NewProvider(configuredKey, store ?? new InMemoryKeyMaterialStore());
        await provider.InitializeAsync(CancellationToken.None);
        return new HmacOtpCodeHasher(provider);
    }

    private static OtpHashKeyProvider NewProvider(string? configuredKey, InMemoryKeyMaterialStore store) =>
        new(Options.Create(new OtpHashingOptions { HashKey = configuredKey }), store, NullLogger<OtpHashKeyProvider>.Instance);

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
