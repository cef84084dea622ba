using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class JwtAccessTokenValidatorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly InMemoryKeyMaterialStore _store = new();
    private readonly JwtTestInstance _jwt;

    public JwtAccessTokenValidatorTests() => _jwt = new JwtTestInstance(_store, _time);

    [Fact]
    public async Task ATokenWithAlgNone_IsRefused()
    {
        var forged = JwtParts.Parse(await _jwt.IssueAsync());
        forged.Header["alg"] = "none";

        Assert.Null(await _jwt.ValidateAsync(forged.Compact(string.Empty)));
        Assert.Null(await _jwt.ValidateAsync(forged.Compact()));
    }

    [Theory]
    [InlineData("spki-pem")]
    [InlineData("spki-der")]
    [InlineData("jwk-json")]
    [InlineData("ec-point")]
    public async Task AnHs256TokenSignedWithThePublicKey_IsRefused(string publicKeyForm)
    {
        var forged = JwtParts.Parse(await _jwt.IssueAsync());
        forged.Header["alg"] = "HS256";
        forged.Payload["role"] = "admin";
        var publicKey = await PublicKeyBytesAsync(publicKeyForm);

        var signature = HMACSHA256.HashData(publicKey, Encoding.ASCII.GetBytes(forged.SigningInput));

        Assert.Null(await _jwt.ValidateAsync(forged.Compact(Base64Url.EncodeToString(signature))));
    }

    [Fact]
    public async Task ATokenSignedByAnUnknownKey_IsRefused()
    {
        await _jwt.IssueAsync();
        using var attackerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var token = SignWith(new ECDsaSecurityKey(attackerKey) { KeyId = "attacker" }, ValidClaims());

        Assert.Null(await _jwt.ValidateAsync(token));
    }

    [Fact]
    public async Task ATokenSignedByAnotherKeyUnderOurKeyId_IsRefused()
    {
        await _jwt.IssueAsync();
        using var attackerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var token = SignWith(new ECDsaSecurityKey(attackerKey) { KeyId = Assert.Single(_store.SigningKeys).KeyId }, ValidClaims());

        Assert.Null(await _jwt.ValidateAsync(token));
    }

    [Fact]
    public async Task AToken_IsAcceptedWithinThirtySecondsOfClockSkewAfterExpiry_AndRefusedAfterwards()
    {
        var token = await _jwt.IssueAsync();

        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(29));
        Assert.NotNull(await _jwt.ValidateAsync(token));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(await _jwt.ValidateAsync(token));
    }

    [Fact]
    public async Task AValidatedToken_IsRememberedAndRefusedOnceItHasExpired()
    {
        var token = await _jwt.IssueAsync();
        Assert.NotNull(await _jwt.ValidateAsync(token));
        Assert.Equal(1, Cache.Count);

        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));

        Assert.Null(await _jwt.ValidateAsync(token));
    }

    [Fact]
    public async Task AValidatedToken_IsAnsweredFromTheCacheWithTheSameSubject()
    {
        var token = await _jwt.IssueAsync();
        var first = await _jwt.ValidateAsync(token);

        var again = await _jwt.ValidateAsync(token);

        Assert.Same(first, again);
    }

    [Fact]
    public async Task ARefusedToken_IsNeverRemembered()
    {
        var forged = JwtParts.Parse(await _jwt.IssueAsync());
        forged.Payload["role"] = "admin";
        var expired = await _jwt.IssueAsync();
        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.Null(await _jwt.ValidateAsync(forged.Compact()));
        Assert.Null(await _jwt.ValidateAsync(expired));
        Assert.Null(await _jwt.ValidateAsync("not.a.token"));

        Assert.Equal(0, Cache.Count);
    }

    [Fact]
    public async Task WithTheCacheSizeZero_NothingIsRemembered()
    {
        using var uncached = new JwtTestInstance(_store, _time, o => o.ValidationCacheSize = 0);
        var token = await uncached.IssueAsync();

        Assert.NotNull(await uncached.ValidateAsync(token));
        Assert.NotNull(await uncached.ValidateAsync(token));
        Assert.Equal(0, ((JwtAccessTokenValidator)uncached.Validator).Cache.Count);
    }

    [Fact]
    public async Task ATokenIssuedInTheFutureBeyondTheSkew_IsRefused()
    {
        var later = _time.GetUtcNow().AddMinutes(5);
        var issued = await _jwt.Issuer.IssueAsync(UserBuilder.Verified().Build(TestTime.Epoch), Auth.Domain.Sessions.SessionId.New(later), later, CancellationToken.None);

        Assert.Null(await _jwt.ValidateAsync(issued.Token));
    }

    [Fact]
    public async Task ATokenFromAnotherIssuer_IsRefused()
    {
        using var other = new JwtTestInstance(_store, _time, o => o.Issuer = "someone-else");

        Assert.Null(await _jwt.ValidateAsync(await other.IssueAsync()));
    }

    [Fact]
    public async Task ATokenForAnotherAudience_IsRefused()
    {
        using var other = new JwtTestInstance(_store, _time, o => o.Audience = "another-api");

        Assert.Null(await _jwt.ValidateAsync(await other.IssueAsync()));
    }

    [Theory]
    [InlineData("role", "admin")]
    [InlineData("email", "mallory@example.com")]
    [InlineData("exp", null)]
    public async Task ATokenWithAChangedPayload_IsRefused(string claim, string? value)
    {
        var tampered = JwtParts.Parse(await _jwt.IssueAsync());
        tampered.Payload[claim] = claim == "exp" ? JsonValue.Create(_time.GetUtcNow().AddDays(1).ToUnixTimeSeconds()) : value;

        Assert.Null(await _jwt.ValidateAsync(tampered.Compact()));
    }

    [Fact]
    public async Task AProperlySignedTokenWithoutASessionClaim_IsRefused()
    {
        var ring = await _jwt.Ring.GetSigningKeyAsync(_time.GetUtcNow(), CancellationToken.None);
        var claims = ValidClaims();
        claims.Remove("sid");

        Assert.Null(await _jwt.ValidateAsync(SignWith(ring.Key, claims)));
        Assert.NotNull(await _jwt.ValidateAsync(SignWith(ring.Key, ValidClaims())));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("....")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.AAAA")]
    [InlineData("eyJhbGciOiJFUzI1NiIsImtpZCI6MTJ9.e30.AAAA")]
    [InlineData("Bearer eyJhbGciOiJFUzI1NiJ9.e30.AAAA")]
    public async Task AStringThatIsNotOurToken_IsRefusedWithoutThrowing(string token)
    {
        await _jwt.IssueAsync();

        Assert.Null(await _jwt.ValidateAsync(token));
    }

    [Fact]
    public async Task AHugeToken_IsRefusedWithoutThrowing()
    {
        await _jwt.IssueAsync();

        Assert.Null(await _jwt.ValidateAsync(new string('a', 300_000) + "." + new string('b', 300_000) + ".c"));
    }

    public void Dispose() => _jwt.Dispose();

    private ValidatedTokenCache Cache => ((JwtAccessTokenValidator)_jwt.Validator).Cache;

    private Dictionary<string, object> ValidClaims() => new()
    {
        ["sub"] = Guid.NewGuid().ToString(),
        ["sid"] = Guid.NewGuid().ToString(),
        ["email"] = "ada@example.com",
        ["role"] = "user",
        ["email_verified"] = true,
        ["jti"] = Guid.NewGuid().ToString(),
    };

    private string SignWith(SecurityKey key, Dictionary<string, object> claims)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "auth",
            Audience = "auth-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(15),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private async Task<byte[]> PublicKeyBytesAsync(string form)
    {
        var jwk = Assert.Single(await _jwt.Jwks.GetPublicKeysAsync(CancellationToken.None));
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.X), Y = Base64Url.DecodeFromChars(jwk.Y) },
        });

        return form switch
        {
            "spki-pem" => Encoding.ASCII.GetBytes(ecdsa.ExportSubjectPublicKeyInfoPem()),
            "spki-der" => ecdsa.ExportSubjectPublicKeyInfo(),
            "jwk-json" => Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{jwk.X}}","y":"{{jwk.Y}}"}"""),
            _ => [0x04, .. Base64Url.DecodeFromChars(jwk.X), .. Base64Url.DecodeFromChars(jwk.Y)],
        };
    }
}
