using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Accounts.TokenProtection;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Accounts;

public sealed class AesGcmProviderTokenProtectorTests
{
    private static readonly string ConfiguredKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task Protect_ThenUnprotect_WithTheSamePurpose_GivesThePlaintextBack()
    {
        var protector = await ProtectorAsync(new InMemoryKeyMaterialStore());

        var sealedValue = protector.Protect("ya29.a0Af-token", "google:1001");

        Assert.StartsWith("v1.", sealedValue, StringComparison.Ordinal);
        Assert.DoesNotContain("ya29", sealedValue, StringComparison.Ordinal);
        Assert.Equal("ya29.a0Af-token", protector.Unprotect(sealedValue, "google:1001"));
    }

    [Fact]
    public async Task Protect_TwiceTheSameToken_GivesDifferentCiphertexts()
    {
        var protector = await ProtectorAsync(new InMemoryKeyMaterialStore());

        Assert.NotEqual(protector.Protect("same", "p"), protector.Protect("same", "p"));
    }

    [Fact]
    public async Task Unprotect_ForAnotherPurpose_OrTampered_OrGarbage_IsNull()
    {
        var protector = await ProtectorAsync(new InMemoryKeyMaterialStore());
        var sealedValue = protector.Protect("token", "google:1001");
        var tampered = sealedValue[..^2] + (sealedValue[^2] == 'A' ? "B" : "A") + sealedValue[^1];

        Assert.Null(protector.Unprotect(sealedValue, "google:1002"));
        Assert.Null(protector.Unprotect(tampered, "google:1001"));
        Assert.Null(protector.Unprotect("v1.%%%", "google:1001"));
        Assert.Null(protector.Unprotect("v1.AAAA", "google:1001"));
        Assert.Null(protector.Unprotect("plain-token", "google:1001"));
    }

    [Fact]
    public async Task GeneratedKey_IsStored_SoAnotherInstanceDecryptsWhatTheFirstEncrypted()
    {
        var store = new InMemoryKeyMaterialStore();
        var first = await ProtectorAsync(store);
        var second = await ProtectorAsync(store);

        Assert.Equal("token", second.Unprotect(first.Protect("token", "p"), "p"));
        Assert.True(store.Secrets.ContainsKey(ProviderTokenKeyProvider.SecretName));
    }

    [Fact]
    public async Task ConfiguredKey_IsUsed_AndNothingIsStored()
    {
        var store = new InMemoryKeyMaterialStore();
        var configured = await ProtectorAsync(store, ConfiguredKey);
        var sameKeyElsewhere = await ProtectorAsync(new InMemoryKeyMaterialStore(), ConfiguredKey);

        Assert.Equal("token", sameKeyElsewhere.Unprotect(configured.Protect("token", "p"), "p"));
        Assert.Empty(store.Secrets);
    }

    [Fact]
    public async Task ConfiguredKey_OfTheWrongSize_FailsAtStartUp()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProtectorAsync(new InMemoryKeyMaterialStore(), Convert.ToBase64String(new byte[16])));
    }

    [Fact]
    public void Protect_BeforeTheKeyIsLoaded_IsAProgrammingError()
    {
        var keys = new ProviderTokenKeyProvider(Options.Create(new OAuthOptions()), new InMemoryKeyMaterialStore(), NullLogger<ProviderTokenKeyProvider>.Instance);

        Assert.Throws<InvalidOperationException>(() => new AesGcmProviderTokenProtector(keys).Protect("t", "p"));
    }

    private static async Task<AesGcmProviderTokenProtector> ProtectorAsync(InMemoryKeyMaterialStore store, string? key = null)
    {
        var keys = new ProviderTokenKeyProvider(
            Options.Create(new OAuthOptions { TokenEncryptionKey = key }), store, NullLogger<ProviderTokenKeyProvider>.Instance);
        await keys.InitializeAsync(CancellationToken.None);
        return new AesGcmProviderTokenProtector(keys);
    }
}
