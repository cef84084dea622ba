using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Tests.TestSupport;
using Auth.TestSupport.Security;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class SigningKeyEncryptionTests
{
    private static readonly string EncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string OtherEncryptionKey = Convert.ToBase64String(Enumerable.Range(2, 32).Select(i => (byte)i).ToArray());

    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();

    [Fact]
    public async Task WithAnEncryptionKey_AGeneratedKeyIsStoredSealed_AndAnInstanceWithTheSameKeyVerifiesItsTokens()
    {
        using var first = Instance(EncryptionKey);
        using var second = Instance(EncryptionKey);

        var token = await first.IssueAsync();

        var stored = Assert.Single(_store.SigningKeys);
        Assert.StartsWith("v1.", stored.PrivateKey, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => TokenForger.ReadPlainKey(stored.PrivateKey));
        Assert.NotNull(await second.ValidateAsync(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("other")]
    public async Task ASealedKey_DoesNotLoadWithoutItsEncryptionKey(string? otherKey)
    {
        using var sealing = Instance(EncryptionKey);
        var token = await sealing.IssueAsync();
        using var other = Instance(otherKey is null ? null : OtherEncryptionKey);

        Assert.Null(await other.ValidateAsync(token));
    }

    [Fact]
    public async Task APlainStoredKey_StillVerifies_AndIsSealedWhenAnInstanceWithAnEncryptionKeyLoadsIt()
    {
        using var plain = Instance(null);
        var token = await plain.IssueAsync();
        var plainValue = Assert.Single(_store.SigningKeys).PrivateKey;
        using var sealing = Instance(EncryptionKey);

        await sealing.Ring.InitializeAsync(CancellationToken.None);

        var stored = Assert.Single(_store.SigningKeys);
        Assert.StartsWith("v1.", stored.PrivateKey, StringComparison.Ordinal);
        Assert.NotNull(await sealing.ValidateAsync(token));
        Assert.Equal(TokenForger.KeyId(token), TokenForger.KeyId(await sealing.IssueAsync()));
        Assert.NotNull(TokenForger.ReadPlainKey(plainValue));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void AnEncryptionKeyThatIsNotBase64Of32Bytes_IsRefusedAtStartUp(string value)
    {
        var options = new JwtOptions { SigningKeyEncryptionKey = value };

        Assert.False(options.IsValid);
        var exception = Assert.Throws<InvalidOperationException>(() => Instance(value));
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    private JwtTestInstance Instance(string? encryptionKey) => new(_store, _time, o => o.SigningKeyEncryptionKey = encryptionKey);
}
