using Auth.Infrastructure.Tests.TestSupport;
using Auth.TestSupport.Security;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class JwtKeyRotationTests : IDisposable
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan Publication = TimeSpan.FromMinutes(15) + TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();
    private readonly JwtTestInstance _jwt;

    public JwtKeyRotationTests() => _jwt = new JwtTestInstance(_store, _time);

    [Fact]
    public async Task TheFirstToken_GeneratesOneKey_ThatSignsFor90DaysAndIsPublished20MinutesLonger()
    {
        await _jwt.IssueAsync();
        await _jwt.IssueAsync();

        var key = Assert.Single(_store.SigningKeys);
        Assert.Equal("ES256", key.Algorithm);
        Assert.Equal(TestTime.Epoch, key.CreatedAt);
        Assert.Equal(TestTime.Epoch + KeyLifetime, key.RetiresAt);
        Assert.Equal(TestTime.Epoch + KeyLifetime + Publication, key.ExpiresAt);
        Assert.DoesNotContain(key.PrivateKey, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheKeyLifetime_ANewKeySigns_AndTheOldKeysTokensStillValidate()
    {
        await _jwt.IssueAsync();
        _time.Advance(KeyLifetime - TimeSpan.FromMinutes(1));
        var signedByOldKey = await _jwt.IssueAsync();

        _time.Advance(TimeSpan.FromMinutes(1));
        var signedByNewKey = await _jwt.IssueAsync();

        Assert.Equal(2, _store.SigningKeys.Count);
        Assert.NotEqual(Kid(signedByOldKey), Kid(signedByNewKey));
        Assert.NotNull(await _jwt.ValidateAsync(signedByOldKey));
        Assert.NotNull(await _jwt.ValidateAsync(signedByNewKey));
    }

    [Fact]
    public async Task ARetiredKey_StaysInTheJwksUntilItsLastTokenHasExpired_ThenLeaves()
    {
        var oldKid = Kid(await _jwt.IssueAsync());
        _time.Advance(KeyLifetime);
        var newKid = Kid(await _jwt.IssueAsync());

        Assert.Equal([oldKid, newKid], await _jwt.PublishedKeyIdsAsync());

        _time.Advance(Publication - TimeSpan.FromSeconds(1));
        Assert.Equal([oldKid, newKid], await _jwt.PublishedKeyIdsAsync());

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([newKid], await _jwt.PublishedKeyIdsAsync());
    }

    [Fact]
    public async Task AKeyPastItsExpiry_VerifiesNothing_NotEvenATokenForgedWithItsStolenPrivateKey()
    {
        var token = await _jwt.IssueAsync();
        using var stolen = TokenForger.ReadPlainKey(Assert.Single(_store.SigningKeys).PrivateKey);
        _time.Advance(KeyLifetime);
        await _jwt.IssueAsync();

        _time.Advance(Publication - TimeSpan.FromSeconds(1));
        var beforeExpiry = await _jwt.ValidateAsync(TokenForger.Refresh(token, stolen, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await _jwt.ValidateAsync(TokenForger.Refresh(token, stolen, _time.GetUtcNow()));

        Assert.NotNull(beforeExpiry);
        Assert.Null(atExpiry);
        Assert.Null(_jwt.Ring.Find(Kid(token)));
    }

    [Fact]
    public async Task ATokenRememberedByTheValidationCache_IsRefusedOnceItsKeyHasExpired()
    {
        var token = await _jwt.IssueAsync();
        using var stolen = TokenForger.ReadPlainKey(Assert.Single(_store.SigningKeys).PrivateKey);
        _time.Advance(KeyLifetime + Publication - TimeSpan.FromSeconds(10));
        var forged = TokenForger.Refresh(token, stolen, _time.GetUtcNow());

        var validated = await _jwt.ValidateAsync(forged);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.NotNull(validated);
        Assert.Null(await _jwt.ValidateAsync(forged));
    }

    [Fact]
    public async Task AnExpiredKey_IsDeletedFromTheStore_ByTheFirstSigningAfterItsExpiry()
    {
        var oldKid = Kid(await _jwt.IssueAsync());
        _time.Advance(KeyLifetime);
        var newKid = Kid(await _jwt.IssueAsync());

        _time.Advance(Publication - TimeSpan.FromSeconds(1));
        await _jwt.IssueAsync();
        var beforeExpiry = _store.SigningKeys.Select(k => k.KeyId).Order(StringComparer.Ordinal).ToList();
        _time.Advance(TimeSpan.FromSeconds(1));
        await _jwt.IssueAsync();

        Assert.Equal(new[] { oldKid, newKid }.Order(StringComparer.Ordinal), beforeExpiry);
        Assert.Equal([newKid], _store.SigningKeys.Select(k => k.KeyId));
    }

    [Fact]
    public async Task AKeyThatExpiredWhileNoInstanceRan_IsDeletedAtStartUp_AndNeverLoaded()
    {
        var oldKid = Kid(await _jwt.IssueAsync());
        _time.Advance(KeyLifetime + Publication);

        using var restarted = new JwtTestInstance(_store, _time);
        await restarted.Ring.InitializeAsync(CancellationToken.None);

        var stored = Assert.Single(_store.SigningKeys);
        Assert.NotEqual(oldKid, stored.KeyId);
        Assert.Equal([stored.KeyId], await restarted.PublishedKeyIdsAsync());
    }

    [Fact]
    public async Task TwoInstancesSharingAStore_SignWithTheSameKey_AndAcceptEachOthersTokens()
    {
        using var second = new JwtTestInstance(_store, _time);

        var fromFirst = await _jwt.IssueAsync();
        var fromSecond = await second.IssueAsync();

        Assert.Single(_store.SigningKeys);
        Assert.Equal(Kid(fromFirst), Kid(fromSecond));
        Assert.NotNull(await second.ValidateAsync(fromFirst));
        Assert.NotNull(await _jwt.ValidateAsync(fromSecond));
    }

    [Fact]
    public async Task AKeyAnotherInstanceGenerated_IsPickedUpWhenATokenSignedWithItArrives()
    {
        using var second = new JwtTestInstance(_store, _time);
        await _jwt.IssueAsync();
        await second.IssueAsync();

        _time.Advance(KeyLifetime);
        var rotatedElsewhere = await _jwt.IssueAsync();

        Assert.NotNull(await second.ValidateAsync(rotatedElsewhere));
        Assert.Equal(Kid(rotatedElsewhere), Kid(await second.IssueAsync()));
    }

    [Fact]
    public async Task UnknownKeyIds_ReadTheStoreAtMostOnceEvery30Seconds()
    {
        using var second = new JwtTestInstance(_store, _time);
        var token = await _jwt.IssueAsync();
        await second.IssueAsync();
        var readsBefore = _store.SigningKeyReads;

        for (var i = 0; i < 50; i++)
        {
            var junk = JwtParts.Parse(token);
            junk.Header["kid"] = $"junk-{i}";
            Assert.Null(await second.ValidateAsync(junk.Compact()));
        }

        Assert.Equal(readsBefore, _store.SigningKeyReads);

        _time.Advance(TimeSpan.FromSeconds(30));
        var more = JwtParts.Parse(token);
        more.Header["kid"] = "junk-again";
        Assert.Null(await second.ValidateAsync(more.Compact()));
        Assert.Null(await second.ValidateAsync(more.Compact()));
        Assert.Equal(readsBefore + 1, _store.SigningKeyReads);
    }

    [Fact]
    public async Task AKeyRetiredInTheStore_StopsSigningOnEveryInstance_WithinTheReloadInterval_AndItsTokensStillValidate()
    {
        using var second = new JwtTestInstance(_store, _time);
        var before = await _jwt.IssueAsync();
        Assert.Equal(Kid(before), Kid(await second.IssueAsync()));

        _store.Retire(Kid(before), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(29));
        var stillCached = await second.IssueAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        var fromFirst = await _jwt.IssueAsync();
        var fromSecond = await second.IssueAsync();

        Assert.Equal(Kid(before), Kid(stillCached));
        Assert.NotEqual(Kid(before), Kid(fromFirst));
        Assert.Equal(Kid(fromFirst), Kid(fromSecond));
        Assert.Equal(2, _store.SigningKeys.Count);
        Assert.NotNull(await second.ValidateAsync(before));
        Assert.NotNull(await _jwt.ValidateAsync(fromSecond));
    }

    [Fact]
    public async Task Signing_ReadsTheStoreAtMostOncePerReloadInterval_WhichIsConfigurable()
    {
        using var quick = new JwtTestInstance(_store, _time, o => o.KeyReloadSeconds = 5);
        await quick.IssueAsync();
        var readsBefore = _store.SigningKeyReads;

        for (var i = 0; i < 50; i++) await quick.IssueAsync();
        var readsWithin = _store.SigningKeyReads - readsBefore;
        _time.Advance(TimeSpan.FromSeconds(5));
        for (var i = 0; i < 50; i++) await quick.IssueAsync();

        Assert.Equal(0, readsWithin);
        Assert.Equal(readsBefore + 1, _store.SigningKeyReads);
    }

    public void Dispose() => _jwt.Dispose();

    private static string Kid(string token) => (string)JwtParts.Parse(token).Header["kid"]!;
}
