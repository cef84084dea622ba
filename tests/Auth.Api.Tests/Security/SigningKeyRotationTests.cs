using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// Signing keys rotate after <c>Auth:Jwt:KeyLifetimeDays</c> at API level, and tokens of another issuer or
/// audience are refused even when their signature is good.
/// </summary>
public sealed class SigningKeyRotationTests : IDisposable
{
    private const string Email = "rotation@example.com";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"auth-rotation-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AfterTheKeyLifetime_ANewKeySigns_OldTokensValidateUntilTheyExpire_AndTheJwksDropsTheOldKeyLater()
    {
        using var factory = new AuthApiFactory(new Dictionary<string, string?> { ["Auth:Jwt:KeyLifetimeDays"] = "1" });
        var api = new ApiClient(factory.CreateClient());
        var flows = new AuthFlows(api, factory.Mailbox);
        var firstToken = (await flows.SignedInAsync(Email)).Get("accessToken");

        factory.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(2));
        var oldKeyToken = (await flows.SignInAsync(Email)).Get("accessToken");
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var newKeyToken = (await flows.SignInAsync(Email)).Get("accessToken");
        var oldTokenAfterRotation = await api.GetAsync("/api/v1/users/me", oldKeyToken);
        var newToken = await api.GetAsync("/api/v1/users/me", newKeyToken);
        var jwksBoth = await KeyIdsAsync(api);

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var oldTokenExpired = await api.GetAsync("/api/v1/users/me", oldKeyToken);
        factory.Clock.Advance(TimeSpan.FromMinutes(7));
        var jwksAfter = await KeyIdsAsync(api);

        var oldKid = KeyId(oldKeyToken);
        var newKid = KeyId(newKeyToken);
        Assert.Equal(KeyId(firstToken), oldKid);
        Assert.NotEqual(oldKid, newKid);
        Assert.Equal(HttpStatusCode.OK, oldTokenAfterRotation.Status);
        Assert.Equal(HttpStatusCode.OK, newToken.Status);
        Assert.Contains(oldKid, jwksBoth);
        Assert.Contains(newKid, jwksBoth);
        Assert.Equal(HttpStatusCode.Unauthorized, oldTokenExpired.Status);
        Assert.DoesNotContain(oldKid, jwksAfter);
        Assert.Contains(newKid, jwksAfter);
    }

    [Theory]
    [InlineData("Auth:Jwt:Issuer", "someone-else")]
    [InlineData("Auth:Jwt:Audience", "another-api")]
    public async Task ATokenSignedWithTheSameKey_ForAnotherIssuerOrAudience_IsRefused(string setting, string value)
    {
        var shared = new Dictionary<string, string?> { ["ConnectionStrings:Auth"] = $"Data Source={_database}" };
        using var service = new AuthApiFactory(shared);
        var api = new ApiClient(service.CreateClient());
        var own = (await new AuthFlows(api, service.Mailbox).SignedInAsync(Email)).Get("accessToken");

        // The second instance shares the database, so it signs with the very same stored key: only the claim differs.
        using var other = new AuthApiFactory(new Dictionary<string, string?>(shared) { [setting] = value });
        var foreign = (await new AuthFlows(new ApiClient(other.CreateClient()), other.Mailbox).SignInAsync(Email)).Get("accessToken");

        var withOwn = await api.GetAsync("/api/v1/users/me", own);
        var withForeign = await api.GetAsync("/api/v1/users/me", foreign);

        Assert.Equal(KeyId(own), KeyId(foreign));
        Assert.Equal(HttpStatusCode.OK, withOwn.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, withForeign.Status);
        Assert.Equal("unauthorized", withForeign.Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(file);
    }

    private static async Task<IReadOnlyList<string>> KeyIdsAsync(ApiClient api)
    {
        var jwks = await api.GetAsync("/.well-known/jwks.json");
        Assert.Equal(HttpStatusCode.OK, jwks.Status);
        return jwks.Select("keys")!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ToList();
    }

    private static string KeyId(string jwt)
    {
        var header = jwt.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header += new string('=', (4 - header.Length % 4) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)))!["kid"]!.GetValue<string>();
    }
}
