using System.Buffers.Text;
using System.Security.Cryptography;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class JsonWebKeySetProviderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly JwtTestInstance _jwt;

    public JsonWebKeySetProviderTests() => _jwt = new JwtTestInstance(new InMemoryKeyMaterialStore(), _time);

    [Fact]
    public async Task TheJwks_PublishesTheSigningKeyAsAnEcP256PublicKey()
    {
        var token = await _jwt.IssueAsync();

        var jwk = Assert.Single(await _jwt.Jwks.GetPublicKeysAsync(CancellationToken.None));

        Assert.Equal("EC", jwk.Kty);
        Assert.Equal("P-256", jwk.Crv);
        Assert.Equal("ES256", jwk.Alg);
        Assert.Equal("sig", jwk.Use);
        Assert.Equal((string)JwtParts.Parse(token).Header["kid"]!, jwk.Kid);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", jwk.X!);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", jwk.Y!);
        Assert.Null(jwk.N);
        Assert.Null(jwk.E);
    }

    [Fact]
    public async Task AVerifierThatKnowsOnlyTheJwks_CanCheckOurTokens()
    {
        var token = await _jwt.IssueAsync();
        var jwk = Assert.Single(await _jwt.Jwks.GetPublicKeysAsync(CancellationToken.None));
        using var publicKey = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.X), Y = Base64Url.DecodeFromChars(jwk.Y) },
        });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "auth",
            ValidAudience = "auth-api",
            ValidateLifetime = false,
            IssuerSigningKey = new ECDsaSecurityKey(publicKey) { KeyId = jwk.Kid },
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task BeforeAnyKeyExists_TheJwksIsEmpty() =>
        Assert.Empty(await _jwt.Jwks.GetPublicKeysAsync(CancellationToken.None));

    public void Dispose() => _jwt.Dispose();
}
