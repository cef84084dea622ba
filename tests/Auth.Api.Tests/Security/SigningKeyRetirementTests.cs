using System.Net;
using System.Security.Cryptography;
using Auth.Api.Tests.TestSupport;
using Auth.Infrastructure.Security.Keys;
using Auth.TestSupport.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Api.Tests.Security;

/// <summary>
/// What a stolen signing key is worth over HTTP: nothing once the key has expired (its last token expired 5 minutes
/// ago), nothing while a PEM key is configured, and it is not in the database in clear once an encryption key is
/// configured. Keys sign for one day here. On SQLite; <see cref="PostgresSigningKeyRetirementTests"/> and
/// <see cref="MariaDbSigningKeyRetirementTests"/> run the same tests on the servers.
/// </summary>
public class SigningKeyRetirementTests : ApiTestBase
{
    private const string Email = "retirement@example.com";
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(1);
    private static readonly TimeSpan LastTokenAndMargin = TimeSpan.FromMinutes(15) + TimeSpan.FromMinutes(5);

    public SigningKeyRetirementTests()
        : this(null)
    {
    }

    private protected SigningKeyRetirementTests(ServerDatabase? database)
        : base(database, new Dictionary<string, string?> { ["Auth:Jwt:KeyLifetimeDays"] = "1" })
    {
    }

    [SkippableFact]
    public async Task ATokenForgedWithAnExpiredKey_GetsA401_TheJwksOmitsTheKey_AndTheDatabaseNoLongerHoldsIt()
    {
        var token = (await Flows.SignedInAsync(Email)).Get("accessToken");
        var oldKid = TokenForger.KeyId(token);
        using var stolen = TokenForger.ReadPlainKey(Assert.Single(await StoredKeysAsync(Factory)).PrivateKey);

        Factory.Clock.Advance(KeyLifetime + LastTokenAndMargin - TimeSpan.FromSeconds(1));
        var newKid = TokenForger.KeyId((await Flows.SignInAsync(Email)).Get("accessToken"));
        var beforeExpiry = await Api.GetAsync("/api/v1/users/me", TokenForger.Refresh(token, stolen, Factory.Clock.GetUtcNow()));
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterExpiry = await Api.GetAsync("/api/v1/users/me", TokenForger.Refresh(token, stolen, Factory.Clock.GetUtcNow()));
        var jwks = await KeyIdsAsync(Api);

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal(HttpStatusCode.OK, beforeExpiry.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry.Status);
        Assert.Equal("unauthorized", afterExpiry.Code);
        Assert.Equal([newKid], jwks);
        Assert.Equal([newKid], (await StoredKeysAsync(Factory)).Select(k => k.KeyId));
    }

    [SkippableFact]
    public async Task WithAPemKeyConfigured_ATokenOfAStoredKeyGetsA401_AndTheJwksListsOnlyThePemKey()
    {
        var storedKeyToken = (await Flows.SignedInAsync(Email)).Get("accessToken");
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var pemService = new AuthApiFactory(new Dictionary<string, string?>(Factory.DatabaseSettings)
        {
            ["Auth:Jwt:SigningKeyPem"] = ecdsa.ExportPkcs8PrivateKeyPem(),
        })
        { Clock = Factory.Clock };
        var pemApi = new ApiClient(pemService.CreateClient());

        var pemToken = (await new AuthFlows(pemApi, pemService.Mailbox).SignInAsync(Email)).Get("accessToken");
        var storedKeyAtPemService = await pemApi.GetAsync("/api/v1/users/me", storedKeyToken);
        var pemTokenAtPemService = await pemApi.GetAsync("/api/v1/users/me", pemToken);
        var storedKeyAtItsOwnService = await Api.GetAsync("/api/v1/users/me", storedKeyToken);

        Assert.Equal(HttpStatusCode.Unauthorized, storedKeyAtPemService.Status);
        Assert.Equal(HttpStatusCode.OK, pemTokenAtPemService.Status);
        Assert.Equal(HttpStatusCode.OK, storedKeyAtItsOwnService.Status);
        Assert.Equal([TokenForger.KeyId(pemToken)], await KeyIdsAsync(pemApi));
    }

    [SkippableFact]
    public async Task WithAnEncryptionKeyConfigured_APlainStoredKeyIsSealedAtStartUp_NewKeysAreStoredSealed_AndTokensStillValidate()
    {
        var token = (await Flows.SignedInAsync(Email)).Get("accessToken");
        var plain = Assert.Single(await StoredKeysAsync(Factory)).PrivateKey;
        using var sealingService = new AuthApiFactory(new Dictionary<string, string?>(Factory.DatabaseSettings)
        {
            ["Auth:Jwt:SigningKeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        })
        { Clock = Factory.Clock };
        var sealingApi = new ApiClient(sealingService.CreateClient());

        var oldToken = await sealingApi.GetAsync("/api/v1/users/me", token);
        var sealedOld = Assert.Single(await StoredKeysAsync(sealingService)).PrivateKey;
        Factory.Clock.Advance(KeyLifetime);
        var newToken = (await new AuthFlows(sealingApi, sealingService.Mailbox).SignInAsync(Email)).Get("accessToken");
        var withNewToken = await sealingApi.GetAsync("/api/v1/users/me", newToken);
        var stored = await StoredKeysAsync(sealingService);

        Assert.DoesNotContain("v1.", plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldToken.Status);
        Assert.StartsWith("v1.", sealedOld, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withNewToken.Status);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, k => Assert.StartsWith("v1.", k.PrivateKey, StringComparison.Ordinal));
        Assert.Contains(stored, k => k.KeyId == TokenForger.KeyId(newToken));
    }

    private static Task<IReadOnlyList<StoredSigningKey>> StoredKeysAsync(AuthApiFactory service) =>
        service.Services.GetRequiredService<IKeyMaterialStore>().ListSigningKeysAsync(CancellationToken.None);

    private static async Task<IReadOnlyList<string>> KeyIdsAsync(ApiClient api)
    {
        var jwks = await api.GetAsync("/.well-known/jwks.json");
        Assert.Equal(HttpStatusCode.OK, jwks.Status);
        return jwks.Select("keys")!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ToList();
    }
}
