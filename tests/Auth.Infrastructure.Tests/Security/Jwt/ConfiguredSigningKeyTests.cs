using System.Security.Cryptography;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class ConfiguredSigningKeyTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();

    [Fact]
    public async Task AConfiguredPemKey_SignsEveryToken_AndNoKeyIsGenerated()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var jwt = new JwtTestInstance(_store, _time, o => o.SigningKeyPem = ecdsa.ExportPkcs8PrivateKeyPem());

        var token = await jwt.IssueAsync();
        _time.Advance(TimeSpan.FromDays(400));
        var muchLater = await jwt.IssueAsync();

        Assert.Empty(_store.SigningKeys);
        Assert.NotNull(await jwt.ValidateAsync(muchLater));
        var kid = (string)JwtParts.Parse(token).Header["kid"]!;
        Assert.Equal(kid, (string)JwtParts.Parse(muchLater).Header["kid"]!);
        Assert.Equal([kid], await jwt.PublishedKeyIdsAsync());
    }

    [Fact]
    public async Task WithAPemKeyConfigured_KeysInTheStoreAreNotTrusted_NorPublished()
    {
        using var generating = new JwtTestInstance(_store, _time);
        var fromStoredKey = await generating.IssueAsync();
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var configured = new JwtTestInstance(_store, _time, o => o.SigningKeyPem = ecdsa.ExportPkcs8PrivateKeyPem());
        await configured.Ring.InitializeAsync(CancellationToken.None);

        var fromPem = await configured.IssueAsync();

        Assert.NotNull(await generating.ValidateAsync(fromStoredKey));
        Assert.Null(await configured.ValidateAsync(fromStoredKey));
        Assert.Null(configured.Ring.Find(Kid(fromStoredKey)));
        Assert.NotNull(await configured.ValidateAsync(fromPem));
        Assert.Equal([Kid(fromPem)], await configured.PublishedKeyIdsAsync());
    }

    [Fact]
    public async Task WithAPemKeyConfigured_StoredKeysAreStillDeletedOnceExpired()
    {
        using (var generating = new JwtTestInstance(_store, _time)) await generating.IssueAsync();
        var expiresAt = Assert.Single(_store.SigningKeys).ExpiresAt;
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var configured = new JwtTestInstance(_store, _time, o => o.SigningKeyPem = ecdsa.ExportPkcs8PrivateKeyPem());
        await configured.Ring.InitializeAsync(CancellationToken.None);

        _time.SetUtcNow(expiresAt - TimeSpan.FromSeconds(1));
        await configured.IssueAsync();
        var beforeExpiry = _store.SigningKeys.Count;
        _time.SetUtcNow(expiresAt);
        await configured.IssueAsync();

        Assert.Equal(1, beforeExpiry);
        Assert.Empty(_store.SigningKeys);
    }

    [Fact]
    public async Task TwoInstancesConfiguredWithOnePem_UseTheSameKeyId()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportPkcs8PrivateKeyPem();
        using var first = new JwtTestInstance(_store, _time, o => o.SigningKeyPem = pem);
        using var second = new JwtTestInstance(new InMemoryKeyMaterialStore(), _time, o => o.SigningKeyPem = pem);

        var fromFirst = await first.IssueAsync();

        Assert.NotNull(await second.ValidateAsync(fromFirst));
        Assert.Equal(JwtParts.Parse(fromFirst).Header["kid"]!.ToString(), JwtParts.Parse(await second.IssueAsync()).Header["kid"]!.ToString());
    }

    [Fact]
    public void AConfiguredKeyOnAnotherCurve_StopsStartUpWithoutEchoingTheKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var pem = ecdsa.ExportPkcs8PrivateKeyPem();

        var exception = Assert.Throws<InvalidOperationException>(() => new JwtTestInstance(_store, _time, o => o.SigningKeyPem = pem));

        Assert.DoesNotContain(pem[40..80], exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConfiguredPublicKeyOrGarbage_StopsStartUp()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Throws<InvalidOperationException>(() => new JwtTestInstance(_store, _time, o => o.SigningKeyPem = ecdsa.ExportSubjectPublicKeyInfoPem()));
        Assert.Throws<InvalidOperationException>(() => new JwtTestInstance(_store, _time, o => o.SigningKeyPem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    }

    private static string Kid(string token) => (string)JwtParts.Parse(token).Header["kid"]!;
}
